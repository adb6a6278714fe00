package dev.sluice.local.events;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.sluice.local.runtime.LocalFunction;
import dev.sluice.local.template.EventSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Behaves like a Lambda SQS event source mapping: receives up to the batch size (SQS caps one
 * receive at 10), invokes the function with an {@link SQSEvent}, and deletes what succeeded. With
 * {@code ReportBatchItemFailures} only the reported items stay; without it, or when the function
 * throws, the whole batch stays and reappears after the visibility timeout, where the queue's
 * redrive policy moves it to the DLQ after {@code maxReceiveCount} receives.
 */
public final class SqsEventSourcePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSourcePoller.class);

    private final SqsClient sqs;
    private final LocalFunction function;
    private final EventSpec.Sqs event;
    private final String queueUrl;
    private final String queueArn;
    private final String region;
    private final int waitSeconds;
    private volatile boolean running;
    private Thread thread;

    public SqsEventSourcePoller(SqsClient sqs, LocalFunction function, EventSpec.Sqs event, String queueUrl,
                                String queueArn, String region, int waitSeconds) {
        this.sqs = sqs;
        this.function = function;
        this.event = event;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.region = region;
        this.waitSeconds = waitSeconds;
    }

    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("sqs-" + function.spec().logicalId() + "-" + event.name()).start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                pollOnce(waitSeconds);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("Polling {} failed; retrying", queueUrl, e);
                    sleepQuietly();
                }
            }
        }
    }

    /** One receive and, if anything arrived, one invocation. Returns the number of messages received. */
    public int pollOnce(int waitTimeSeconds) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(Math.min(10, Math.max(1, event.batchSize())))
                .waitTimeSeconds(waitTimeSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return 0;
        }
        Set<String> failed = invoke(messages);
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (!failed.contains(m.messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i)).receiptHandle(m.receiptHandle()).build());
            }
        }
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
        }
        return messages.size();
    }

    private Set<String> invoke(List<Message> messages) {
        Set<String> all = new HashSet<>(messages.stream().map(Message::messageId).toList());
        Object response;
        try {
            response = function.invoke(SqsEvents.toEvent(messages, queueArn, region));
        } catch (RuntimeException e) {
            LOG.warn("{} failed a batch of {} from {}", function.physicalName(), messages.size(), queueUrl, e);
            return all;
        }
        if (!event.reportsBatchItemFailures() || !(response instanceof SQSBatchResponse batch)
                || batch.getBatchItemFailures() == null) {
            return Set.of();
        }
        Set<String> failed = new HashSet<>();
        for (SQSBatchResponse.BatchItemFailure failure : batch.getBatchItemFailures()) {
            if (failure.getItemIdentifier() == null || !all.contains(failure.getItemIdentifier())) {
                // Lambda treats an unknown or empty identifier as a failure of the whole batch.
                return all;
            }
            failed.add(failure.getItemIdentifier());
        }
        return failed;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    /** Builds the {@link SQSEvent} Lambda would deliver. */
    static final class SqsEvents {
        private SqsEvents() {
        }

        static SQSEvent toEvent(List<Message> messages, String queueArn, String region) {
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            for (Message m : messages) {
                SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
                record.setMessageId(m.messageId());
                record.setReceiptHandle(m.receiptHandle());
                record.setBody(m.body());
                record.setMd5OfBody(m.md5OfBody());
                record.setEventSource("aws:sqs");
                record.setEventSourceArn(queueArn);
                record.setAwsRegion(region);
                Map<String, String> attributes = new HashMap<>();
                m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
                record.setAttributes(attributes);
                Map<String, SQSEvent.MessageAttribute> messageAttributes = new HashMap<>();
                m.messageAttributes().forEach((k, v) -> {
                    SQSEvent.MessageAttribute a = new SQSEvent.MessageAttribute();
                    a.setDataType(v.dataType());
                    a.setStringValue(v.stringValue());
                    messageAttributes.put(k, a);
                });
                record.setMessageAttributes(messageAttributes);
                records.add(record);
            }
            SQSEvent sqsEvent = new SQSEvent();
            sqsEvent.setRecords(records);
            return sqsEvent;
        }
    }
}
