package dev.sluice.core.stage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.core.rules.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 and a free port for the {@code http} stage tests:
 * {@code /json}, {@code /echo}, {@code /status/N}, {@code /redirect}, {@code /slow}, {@code /big},
 * {@code /bigjson}, {@code /huge}, {@code /text}.
 */
final class LoopbackServer implements AutoCloseable {

    static final String JSON_BODY = "{\"data\":{\"id\":42,\"tags\":[\"a\",\"b\"]},\"ok\":true}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/json", exchange -> respond(exchange, 200, "application/json", JSON_BODY));
        server.createContext("/text", exchange -> respond(exchange, 200, "text/plain", "plain words"));
        server.createContext("/echo", this::echo);
        server.createContext("/status/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            respond(exchange, status, "text/plain", "status " + status);
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            respond(exchange, 302, "text/plain", "moved");
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", "late");
        });
        server.createContext("/big", exchange -> respond(exchange, 200, "text/plain", "x".repeat(10_000)));
        server.createContext("/bigjson", exchange -> respond(exchange, 200, "application/json",
                Json.write(List.of("y".repeat(3000)))));
        server.createContext("/huge", exchange -> respond(exchange, 200, "application/json",
                "[\"" + "z".repeat(HttpStageExecutor.MAX_RESPONSE_BYTES + 1000) + "\"]"));
        server.start();
    }

    /** The URL of a path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers {"method", "path", "query", "headers": {lower-case name: first value}, "body": text}. */
    private void echo(HttpExchange exchange) throws IOException {
        Map<String, Object> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().getRawPath());
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("headers", headers);
        echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        respond(exchange, 200, "application/json", Json.write(echo));
    }

    private void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes); // throws when the client stops reading (a cut body); the server then drops the connection
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
