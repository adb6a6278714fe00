package dev.sluice.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.sluice.aws.clients.AwsCallMeter;
import dev.sluice.aws.run.StageMessages;
import dev.sluice.core.engine.EventRouter;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.engine.StageMessage;
import dev.sluice.core.event.Event;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point of the worker function, fed by two queues. Events-queue messages (they carry
 * {@code event_id}) go to the {@link EventRouter}, which starts the runs they match. Stage-queue messages
 * ({@code {team_id, run_id, stage, attempt}}) are each handed to the {@link RunEngine}, which executes the stage and chains fast stages while
 * the invocation has time. One try/catch per record (partial batch failures): a record whose delivery
 * throws (a port failed, or the chaos hook fired) is reported in {@code batchItemFailures} and comes back
 * after the queue's visibility timeout; if the transition was already stored it is then stale and dropped,
 * and the reaper re-sends whatever its effects would have sent.
 *
 * <p>A body that is not a stage message is logged and dropped, not failed: it names no run that could be
 * failed or resumed, so retrying it five times and dead-lettering it would only delay the same outcome.
 */
public class WorkerHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerHandler.class);

    /** The remaining time assumed when no Lambda context is at hand (the template's worker timeout). */
    static final Duration DEFAULT_REMAINING = Duration.ofSeconds(60);

    private volatile RunEngine engine;
    private volatile AwsCallMeter meter;

    /** Used by the Lambda runtime: configuration comes from environment variables. */
    public WorkerHandler() {
        super();
    }

    /** Used by the local cloud and tests: configuration comes from the given, started context. */
    public WorkerHandler(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage record : records) {
            try {
                handle(record);
            } catch (RuntimeException e) {
                LOG.error("stage message {} failed; it will be delivered again", record.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void handle(SQSEvent.SQSMessage record) {
        if (Event.isEventBody(record.getBody())) {
            handleEvent(record);
            return;
        }
        StageMessage message;
        try {
            message = StageMessages.decode(record.getBody());
        } catch (RuntimeException e) {
            LOG.warn("dropping stage message {}: not a stage message ({})", record.getMessageId(), e.getMessage());
            return;
        }
        RunEngine.DeliveryOutcome outcome;
        try (AwsCallMeter.Scope ignored = meter().attribute(message.runId())) {
            outcome = engine().deliver(message, remaining());
        }
        LOG.debug("stage message {} for run {} stage {} attempt {}: {}", record.getMessageId(), message.runId(),
                message.stage(), message.attempt(), outcome);
    }

    /** An events-queue message: the event's matching automations are started (re-delivery starts nothing twice). */
    private void handleEvent(SQSEvent.SQSMessage record) {
        Event event;
        try {
            event = Event.decode(record.getBody());
        } catch (IllegalArgumentException e) {
            LOG.warn("dropping event message {}: {}", record.getMessageId(), e.getMessage());
            return;
        }
        EventRouter.Report report = getApplicationContext().getBean(EventRouter.class).route(event);
        LOG.info("event {} ({}): {} listening, {} matched, {} started, {} already started, {} passed over",
                event.id(), event.type(), report.listening(), report.matched(), report.started(), report.duplicate(),
                report.passedOver());
    }

    /** What is left of this invocation, from the Lambda context Micronaut registered for it. */
    private Duration remaining() {
        Optional<Context> context = getApplicationContext().findBean(Context.class);
        return context.map(c -> Duration.ofMillis(Math.max(0, c.getRemainingTimeInMillis())))
                .orElse(DEFAULT_REMAINING);
    }

    private AwsCallMeter meter() {
        AwsCallMeter current = meter;
        if (current == null) {
            current = getApplicationContext().getBean(AwsCallMeter.class);
            meter = current;
        }
        return current;
    }

    private RunEngine engine() {
        RunEngine current = engine;
        if (current == null) {
            current = getApplicationContext().getBean(RunEngine.class);
            engine = current;
        }
        return current;
    }
}
