package dev.sluice.local;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients pointed at the emulators, for the local cloud's own provisioning and polling. */
final class LocalClients {

    private LocalClients() {
    }

    static DynamoDbClient dynamo(URI endpoint, String region, String key, String secret) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials(key, secret))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static SqsClient sqs(URI endpoint, String region, String key, String secret) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials(key, secret))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static S3Client s3(URI endpoint, String region, String key, String secret) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(credentials(key, secret))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static StaticCredentialsProvider credentials(String key, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret));
    }
}
