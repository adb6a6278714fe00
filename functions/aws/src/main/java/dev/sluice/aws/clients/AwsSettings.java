package dev.sluice.aws.clients;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;

/**
 * Where and how SDK clients connect. On AWS only the region matters (credentials come from the
 * Lambda role). The local cloud sets an endpoint per service and static credentials.
 *
 * <p>Environment variables: {@code AWS_REGION}, {@code SLUICE_AWS_ENDPOINT_DYNAMODB},
 * {@code SLUICE_AWS_ENDPOINT_SQS}, {@code SLUICE_AWS_ENDPOINT_S3}, {@code SLUICE_AWS_ENDPOINT_SECRETSMANAGER},
 * {@code SLUICE_AWS_ACCESS_KEY_ID}, {@code SLUICE_AWS_SECRET_ACCESS_KEY}.
 */
@Singleton
public class AwsSettings {

    private final String region;
    private final String dynamodbEndpoint;
    private final String sqsEndpoint;
    private final String s3Endpoint;
    private final String secretsManagerEndpoint;
    private final String accessKeyId;
    private final String secretAccessKey;

    public AwsSettings(io.micronaut.context.env.Environment environment,
                       @Nullable @Value("${sluice.aws.endpoint.dynamodb:}") String dynamodbEndpoint,
                       @Nullable @Value("${sluice.aws.endpoint.sqs:}") String sqsEndpoint,
                       @Nullable @Value("${sluice.aws.endpoint.s3:}") String s3Endpoint,
                       @Nullable @Value("${sluice.aws.endpoint.secretsmanager:}") String secretsManagerEndpoint,
                       @Nullable @Value("${sluice.aws.access.key.id:}") String accessKeyId,
                       @Nullable @Value("${sluice.aws.secret.access.key:}") String secretAccessKey) {
        // SLUICE_AWS_REGION wins; on Lambda the runtime sets AWS_REGION.
        this.region = environment.getProperty("sluice.aws.region", String.class)
                .or(() -> environment.getProperty("aws.region", String.class))
                .orElse("us-east-1");
        this.dynamodbEndpoint = dynamodbEndpoint;
        this.sqsEndpoint = sqsEndpoint;
        this.s3Endpoint = s3Endpoint;
        this.secretsManagerEndpoint = secretsManagerEndpoint;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    public String region() {
        return region;
    }

    public Optional<URI> dynamodbEndpoint() {
        return uri(dynamodbEndpoint);
    }

    public Optional<URI> sqsEndpoint() {
        return uri(sqsEndpoint);
    }

    public Optional<URI> s3Endpoint() {
        return uri(s3Endpoint);
    }

    public Optional<URI> secretsManagerEndpoint() {
        return uri(secretsManagerEndpoint);
    }

    /** Static credentials when both parts are set (local cloud); otherwise the default chain. */
    public Optional<String[]> staticCredentials() {
        if (isBlank(accessKeyId) || isBlank(secretAccessKey)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {accessKeyId, secretAccessKey});
    }

    private static Optional<URI> uri(String value) {
        return isBlank(value) ? Optional.empty() : Optional.of(URI.create(value));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
