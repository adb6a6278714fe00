package dev.sluice.local.containers;

import dev.sluice.local.LocalCloudOptions.ExternalAws;
import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts Floci ({@code floci/floci}, no auth) or LocalStack ({@code localstack/localstack-pro},
 * needs {@code LOCALSTACK_AUTH_TOKEN}) for the containers profile. Returns null when Docker is
 * absent, so the suite skips instead of failing.
 */
public final class ContainerBackend {

    private static final int EDGE_PORT = 4566;

    private ContainerBackend() {
    }

    /** {@code Object[]{ExternalAws, AutoCloseable container}}, or null without Docker. */
    public static Object[] start(String backend) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        GenericContainer<?> container = switch (backend) {
            case "floci" -> new GenericContainer<>(DockerImageName.parse(
                    System.getProperty("sluice.floci.image", "floci/floci:latest")));
            case "localstack" -> {
                String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
                if (token == null || token.isBlank()) {
                    throw new IllegalStateException("LocalStack needs LOCALSTACK_AUTH_TOKEN since 2026");
                }
                yield new GenericContainer<>(DockerImageName.parse(
                        System.getProperty("sluice.localstack.image", "localstack/localstack-pro:latest")))
                        .withEnv("LOCALSTACK_AUTH_TOKEN", token)
                        .withEnv("SERVICES", "dynamodb,sqs,s3");
            }
            default -> throw new IllegalArgumentException("Unknown backend " + backend + " (floci or localstack)");
        };
        container.withExposedPorts(EDGE_PORT).waitingFor(Wait.forListeningPort()).start();
        URI endpoint = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(EDGE_PORT));
        return new Object[] {new ExternalAws(endpoint, "test", "test"), (AutoCloseable) container::stop};
    }
}
