package dev.sluice.aws.system;

import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Asks each backing service one cheap question: DescribeTable, GetQueueUrl for every queue the
 * function uses, HeadBucket. The first failure is reported; nothing is cached, since the point is
 * to observe the dependencies now.
 */
@Singleton
public class ReadinessProbe {

    private final ResourceNames names;
    private final jakarta.inject.Provider<DynamoDbClient> dynamo;
    private final jakarta.inject.Provider<SqsClient> sqs;
    private final jakarta.inject.Provider<S3Client> s3;

    public ReadinessProbe(ResourceNames names, jakarta.inject.Provider<DynamoDbClient> dynamo,
                          jakarta.inject.Provider<SqsClient> sqs, jakarta.inject.Provider<S3Client> s3) {
        this.names = names;
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.s3 = s3;
    }

    public Readiness check() {
        try {
            require(names.table(), "SLUICE_TABLE");
            require(names.bucket(), "SLUICE_BUCKET");
            dynamo.get().describeTable(b -> b.tableName(names.table()));
            for (var queue : names.queues().entrySet()) {
                sqs.get().getQueueUrl(b -> b.queueName(queue.getValue()));
            }
            s3.get().headBucket(b -> b.bucket(names.bucket()));
            return Readiness.READY;
        } catch (SdkException | MissingConfiguration e) {
            return new Readiness(false, describe(e));
        }
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new MissingConfiguration(variable + " is not set");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Whether every dependency answered, and if not, what failed first. */
    public record Readiness(boolean ready, String error) {
        static final Readiness READY = new Readiness(true, null);
    }

    private static final class MissingConfiguration extends RuntimeException {
        MissingConfiguration(String message) {
            super(message);
        }
    }
}
