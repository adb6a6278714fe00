package dev.sluice.aws.run;

import dev.sluice.aws.system.QueueUrl;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.engine.StageMessage;
import dev.sluice.core.engine.StageQueue;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The stage queue on SQS: one SendMessage per message, delayed with {@code DelaySeconds}. The queue is
 * named by {@code SLUICE_QUEUE_STAGE}; its URL is resolved once per instance, on first send.
 */
@Singleton
public class SqsStageQueue implements StageQueue {

    static final String ROLE = "stage";
    private static final Duration MAX_DELAY = Duration.ofSeconds(900);

    private final SqsClient sqs;
    private final QueueUrl queueUrl;

    public SqsStageQueue(SqsClient sqs, ResourceNames names) {
        this.sqs = sqs;
        this.queueUrl = new QueueUrl(sqs, names, ROLE);
    }

    @Override
    public void send(StageMessage message, Duration delay) {
        if (delay == null || delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and 900 s, was " + delay);
        }
        // Whole seconds, rounded up so a message is never due before its time (never above 900).
        int seconds = (int) Math.min(MAX_DELAY.toSeconds(), delay.plusNanos(999_999_999).toSeconds());
        String body = StageMessages.encode(message);
        sqs.sendMessage(b -> b.queueUrl(queueUrl.get()).messageBody(body).delaySeconds(seconds));
    }
}
