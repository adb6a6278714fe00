package dev.sluice.scheduler;

import dev.sluice.aws.run.StageMessages;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.engine.StageMessage;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Drains the stage dead-letter queue (queue role {@code stage.dlq}): a stage message lands there after
 * repeated failed deliveries, and its run fails with a clear error ({@link RunEngine#deadLettered}) so it
 * does not wait forever and its lock is released. A message its run has moved past, or for a run that no
 * longer exists, is stale and only deleted; an undecodable one is logged and deleted. A message whose
 * handling failed stays, and comes back after the visibility timeout for the next tick.
 *
 * <p>At most {@value #MAX_ROUNDS} receives of 10 per tick, so a flood cannot overrun the function's timeout.
 */
@Singleton
public class StageDeadLetters {

    static final String ROLE = "stage.dlq";
    static final int MAX_ROUNDS = 10;
    static final int VISIBILITY_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(StageDeadLetters.class);

    private final SqsClient sqs;
    private final RunEngine engine;
    private final String queueName;
    private volatile String queueUrl;

    public StageDeadLetters(SqsClient sqs, RunEngine engine, ResourceNames names, Environment environment) {
        this.sqs = sqs;
        this.engine = engine;
        String name = names.queues().get(ROLE);
        this.queueName = name != null ? name
                : environment.getProperty("sluice.queue." + ROLE, String.class).filter(n -> !n.isBlank()).orElse(null);
    }

    /** What one drain did. */
    public record Result(int received, int runsFailed, int stale, int undecodable, int errors) {
        static final Result NOTHING = new Result(0, 0, 0, 0, 0);
    }

    public Result drain() {
        if (queueName == null) {
            LOG.warn("no stage dead-letter queue configured (SLUICE_QUEUE_STAGE_DLQ)");
            return Result.NOTHING;
        }
        int received = 0;
        int runsFailed = 0;
        int stale = 0;
        int undecodable = 0;
        int errors = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url()).maxNumberOfMessages(10)
                    .waitTimeSeconds(0).visibilityTimeout(VISIBILITY_SECONDS)).messages();
            if (messages.isEmpty()) {
                break;
            }
            received += messages.size();
            List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
            for (Message message : messages) {
                StageMessage stage;
                try {
                    stage = StageMessages.decode(message.body());
                } catch (RuntimeException e) {
                    LOG.warn("deleting undecodable dead letter {}: {}", message.messageId(), e.getMessage());
                    undecodable++;
                    done.add(entry(message));
                    continue;
                }
                try {
                    if (engine.deadLettered(stage).isPresent()) {
                        LOG.warn("run {} failed: its message for stage {} attempt {} was dead-lettered",
                                stage.runId(), stage.stage(), stage.attempt());
                        runsFailed++;
                    } else {
                        stale++;
                    }
                    done.add(entry(message));
                } catch (RuntimeException e) {
                    LOG.error("dead letter {} for run {} could not be handled; kept for the next tick",
                            message.messageId(), stage.runId(), e);
                    errors++;
                }
            }
            if (!done.isEmpty()) {
                sqs.deleteMessageBatch(b -> b.queueUrl(url()).entries(done));
            }
        }
        return new Result(received, runsFailed, stale, undecodable, errors);
    }

    private static DeleteMessageBatchRequestEntry entry(Message message) {
        return DeleteMessageBatchRequestEntry.builder().id(message.messageId()).receiptHandle(message.receiptHandle())
                .build();
    }

    private String url() {
        String url = queueUrl;
        if (url == null) {
            url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
            queueUrl = url;
        }
        return url;
    }
}
