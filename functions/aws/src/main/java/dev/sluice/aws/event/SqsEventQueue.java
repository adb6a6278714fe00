package dev.sluice.aws.event;

import dev.sluice.aws.system.QueueUrl;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.event.Event;
import dev.sluice.core.event.EventQueue;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The events queue on SQS ({@code SLUICE_QUEUE_EVENTS}): one SendMessage per event; URL resolved once. */
@Singleton
public class SqsEventQueue implements EventQueue {

    static final String ROLE = "events";

    private final SqsClient sqs;
    private final QueueUrl queueUrl;

    public SqsEventQueue(SqsClient sqs, ResourceNames names) {
        this.sqs = sqs;
        this.queueUrl = new QueueUrl(sqs, names, ROLE);
    }

    @Override
    public void send(Event event) {
        String body = event.encode();
        sqs.sendMessage(b -> b.queueUrl(queueUrl.get()).messageBody(body));
    }
}
