package dev.sluice.local;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * README command 1: starts the local cloud and prints how to use it.
 *
 * <pre>
 *   --port N          API port (default 8000)
 *   --memory          keep nothing on disk (default: persist under .sluice/)
 *   --data-dir DIR    where to persist (default .sluice next to template.yaml)
 *   --template FILE   the SAM template (default: template.yaml here or in a parent directory)
 * </pre>
 * Environment: {@code SLUICE_ADMIN_KEY} fixes the admin key instead of generating one.
 */
public final class LocalCloudMain {

    private LocalCloudMain() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        LocalCloudOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: sluice-local [--port N] [--memory] [--data-dir DIR] [--template FILE]");
            System.exit(2);
            return;
        }
        LocalCloud cloud = LocalCloud.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            System.out.println("Stopping the local cloud...");
            System.out.flush();
            cloud.close();
            System.out.println("Stopped.");
            System.out.flush();
            stopped.countDown();
        }, "sluice-local-shutdown"));
        printBanner(cloud, options, (System.nanoTime() - t0) / 1_000_000);
        stopped.await();
    }

    static LocalCloudOptions parse(String[] args) {
        int port = LocalCloudOptions.DEFAULT_PORT;
        boolean memory = false;
        Path dataDir = null;
        Path template = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--memory" -> memory = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--template" -> template = Path.of(value(args, ++i, "--template"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path templateFile = template != null ? template : LocalCloudOptions.findTemplate();
        Path data = memory ? null : dataDir != null ? dataDir : templateFile.toAbsolutePath().getParent().resolve(".sluice");
        String adminKey = System.getenv("SLUICE_ADMIN_KEY");
        return new LocalCloudOptions("127.0.0.1", port, data, templateFile,
                adminKey == null ? Map.of() : Map.of("SLUICE_ADMIN_KEY", adminKey), 1, true);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void printBanner(LocalCloud cloud, LocalCloudOptions options, long startMillis) {
        String url = cloud.baseUrl().toString().replace("127.0.0.1", "localhost");
        String adminKey = cloud.secret("SLUICE_ADMIN_KEY");
        long rssMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf("""

                Sluice local cloud is up in %d ms  (heap in use: %d MB)
                  API        %s   (health: %s/health, ready: %s/ready)
                  State      %s
                  Admin key  %s%s

                Mint a token (team "demo", role admin) and call the API:
                  TOKEN=$(curl -s -X POST %s/api/auth/token -H 'X-Admin-Key: %s' \\
                    -H 'Content-Type: application/json' -d '{"team_id":"demo","role":"admin"}' \\
                    | sed -E 's/.*"token":"([^"]+)".*/\\1/')
                  curl -s %s/api/auth/me -H "Authorization: Bearer $TOKEN"

                Fire the schedule rules now: curl -s -X POST %s/_local/schedules/fire
                Ctrl-C stops everything.
                """, startMillis, rssMb, url, url, url,
                options.dataDir() == null ? "in memory (--memory)" : options.dataDir().toAbsolutePath(),
                adminKey, System.getenv("SLUICE_ADMIN_KEY") == null ? "  (generated; set SLUICE_ADMIN_KEY to choose one)" : "  (from SLUICE_ADMIN_KEY)",
                url, adminKey, url, url);
        System.out.flush();
    }
}
