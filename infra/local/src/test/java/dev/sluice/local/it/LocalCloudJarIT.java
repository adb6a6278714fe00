package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.local.emulators.FreePort;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README command 1 as a newcomer runs it: the packaged jar (with its lib/ folder) starts in its own
 * JVM, prints the admin key and a working token command, answers health, auth and readiness, and
 * stops cleanly on SIGTERM (what Ctrl-C's shutdown hook also runs).
 */
class LocalCloudJarIT {

    private static final Pattern ADMIN_KEY = Pattern.compile("Admin key\\s+(\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_packaged_jar_starts_serves_and_stops_cleanly() throws Exception {
        Path jar = Path.of("target/sluice-local.jar");
        assertThat(jar).as("run in Maven's integration-test phase, after package").exists();
        assertThat(Path.of("target/lib")).isDirectory();
        int port = FreePort.find();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--memory", "--port", String.valueOf(port),
                "--template", Path.of("../../template.yaml").toString())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        try {
            String adminKey = awaitAdminKey(output, process);
            String base = "http://127.0.0.1:" + port;
            assertThat(get(base + "/health", null).statusCode()).isEqualTo(200);
            assertThat(output).anySatisfy(line -> assertThat(line).contains("curl -s -X POST http://localhost:" + port + "/api/auth/token"));
            var minted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("X-Admin-Key", adminKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"team_id\":\"demo\",\"role\":\"admin\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(minted.statusCode()).isEqualTo(200);
            String token = minted.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            var me = get(base + "/api/auth/me", token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"team_id\":\"demo\"");
            assertThat(get(base + "/ready", null).statusCode()).isEqualTo(200);
        } finally {
            // SIGTERM through the handle: Process.destroy() would also close the output pipe we read.
            process.toHandle().destroy();
            boolean exited = process.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
            assertThat(exited).as("stopped within 30 s of SIGTERM").isTrue();
            assertThat(output).contains("Stopping the local cloud...", "Stopped.");
        }
    }

    private static String awaitAdminKey(List<String> output, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            for (String line : output) {
                Matcher m = ADMIN_KEY.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The local cloud exited:\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No admin key printed within 90 s:\n" + String.join("\n", output));
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
