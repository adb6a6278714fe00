package dev.sluice.aws.system;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The URL of one queue of this function, by role ({@code stage}, {@code events}, ...): the name comes from
 * {@code SLUICE_QUEUE_<ROLE>}, the URL from one GetQueueUrl on first use, kept for the instance's life.
 */
public final class QueueUrl {

    private final SqsClient sqs;
    private final ResourceNames names;
    private final String role;
    private volatile String url;

    public QueueUrl(SqsClient sqs, ResourceNames names, String role) {
        this.sqs = sqs;
        this.names = names;
        this.role = role;
    }

    public String get() {
        String resolved = url;
        if (resolved == null) {
            synchronized (this) {
                resolved = url;
                if (resolved == null) {
                    String name = names.queues().get(role);
                    if (name == null) {
                        throw new IllegalStateException("no " + role + " queue configured (SLUICE_QUEUE_"
                                + role.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + ")");
                    }
                    resolved = sqs.getQueueUrl(b -> b.queueName(name)).queueUrl();
                    url = resolved;
                }
            }
        }
        return resolved;
    }
}
