package dev.sluice.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to start the local cloud.
 *
 * @param host            interface the API listens on (loopback by default)
 * @param port            API port; 0 picks a free one (tests)
 * @param dataDir         where state persists; null keeps everything in memory
 * @param template        the SAM template to build from
 * @param secretOverrides environment-style overrides for template secrets: a function variable
 *                        {@code X_ARN: !Ref SomeSecret} becomes {@code X}, valued from here when set
 *                        (e.g. {@code SLUICE_ADMIN_KEY})
 * @param pollWaitSeconds SQS long-poll wait of the event source pollers
 * @param runSchedules    whether schedule events fire on their own (tests fire them on demand)
 * @param externalAws     an AWS-compatible endpoint (LocalStack, Floci) to use instead of the embedded
 *                        emulators; null embeds them
 * @param environment     variables added to every function's environment after the template's (tests use
 *                        it to shorten the reaper's graces)
 */
public record LocalCloudOptions(String host, int port, Path dataDir, Path template,
                                Map<String, String> secretOverrides, int pollWaitSeconds, boolean runSchedules,
                                ExternalAws externalAws, Map<String, String> environment) {

    public LocalCloudOptions {
        secretOverrides = Map.copyOf(secretOverrides);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** One endpoint serving DynamoDB, SQS and S3, with the credentials it accepts. */
    public record ExternalAws(java.net.URI endpoint, String accessKey, String secretKey) {
    }

    public LocalCloudOptions(String host, int port, Path dataDir, Path template, Map<String, String> secretOverrides,
                             int pollWaitSeconds, boolean runSchedules) {
        this(host, port, dataDir, template, secretOverrides, pollWaitSeconds, runSchedules, null, Map.of());
    }

    public static final int DEFAULT_PORT = 8000;

    /** In memory on a free port, schedules on demand only: what the test extension uses. */
    public static LocalCloudOptions forTests(Path template) {
        return new LocalCloudOptions("127.0.0.1", 0, null, template, Map.of(), 1, false);
    }

    public LocalCloudOptions withDataDir(Path dir) {
        return new LocalCloudOptions(host, port, dir, template, secretOverrides, pollWaitSeconds, runSchedules, externalAws,
                environment);
    }

    public LocalCloudOptions withExternalAws(ExternalAws aws) {
        return new LocalCloudOptions(host, port, dataDir, template, secretOverrides, pollWaitSeconds, runSchedules, aws,
                environment);
    }

    public LocalCloudOptions withEnvironment(Map<String, String> variables) {
        return new LocalCloudOptions(host, port, dataDir, template, secretOverrides, pollWaitSeconds, runSchedules,
                externalAws, variables);
    }

    /** template.yaml in the working directory or the nearest parent that has one. */
    public static Path findTemplate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No template.yaml in " + Path.of("").toAbsolutePath() + " or its parents");
    }
}
