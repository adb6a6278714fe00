package dev.sluice.aws.clients;

import io.micronaut.context.annotation.Factory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds SDK v2 clients lazily (Micronaut singletons are created on first injection), so a
 * function pays at cold start only for the clients it uses. All share one URLConnection HTTP
 * client (the lightest at init) and the {@link AwsCallMeter}.
 */
@Factory
public class AwsClientFactory {

    private final AwsSettings settings;
    private final AwsCallMeter meter;
    private final List<AutoCloseable> built = new ArrayList<>();
    private SdkHttpClient httpClient;

    public AwsClientFactory(AwsSettings settings, AwsCallMeter meter) {
        this.settings = settings;
        this.meter = meter;
    }

    @Singleton
    DynamoDbClient dynamoDb() {
        return track(configure(DynamoDbClient.builder(), settings.dynamodbEndpoint()).build());
    }

    @Singleton
    SqsClient sqs() {
        return track(configure(SqsClient.builder(), settings.sqsEndpoint()).build());
    }

    @Singleton
    S3Client s3() {
        var builder = configure(S3Client.builder(), settings.s3Endpoint());
        // Emulators answer on one host: path-style addressing instead of bucket subdomains.
        builder.forcePathStyle(settings.s3Endpoint().isPresent());
        return track(builder.build());
    }

    @Singleton
    SecretsManagerClient secretsManager() {
        return track(configure(SecretsManagerClient.builder(), settings.secretsManagerEndpoint()).build());
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Optional<URI> endpoint) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .addExecutionInterceptor(meter)
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .build());
        endpoint.ifPresent(builder::endpointOverride);
        if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClient(httpClient());
        }
        return builder;
    }

    private synchronized SdkHttpClient httpClient() {
        if (httpClient == null) {
            httpClient = UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30))
                    .build();
        }
        return httpClient;
    }

    private AwsCredentialsProvider credentials() {
        return settings.staticCredentials()
                .<AwsCredentialsProvider>map(pair -> StaticCredentialsProvider.create(AwsBasicCredentials.create(pair[0], pair[1])))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    private synchronized <T extends AutoCloseable> T track(T client) {
        built.add(client);
        return client;
    }

    @PreDestroy
    synchronized void close() throws Exception {
        for (AutoCloseable client : built) {
            client.close();
        }
        built.clear();
        if (httpClient != null) {
            httpClient.close();
        }
    }
}
