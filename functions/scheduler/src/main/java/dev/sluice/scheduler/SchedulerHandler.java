package dev.sluice.scheduler;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.sluice.core.engine.RunReaperJob;
import dev.sluice.core.engine.ScheduledStartsJob;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point of the scheduler function, fired every minute: due cron schedules
 * ({@link ScheduledStartsJob}), the run reaper ({@link RunReaperJob}), then the stage dead-letter queue
 * ({@link StageDeadLetters}). Each part runs even
 * if the other failed; a failure is logged and reported in the summary rather than thrown, since the next
 * tick does the same work again anyway.
 *
 * <p>Reaper graces come from {@code sluice.reaper.wake-grace-seconds} and
 * {@code sluice.reaper.queued-grace-seconds} (see {@code dev.sluice.aws.engine.EngineFactory}).
 */
public class SchedulerHandler extends MicronautRequestHandler<ScheduledEvent, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerHandler.class);

    /** Used by the Lambda runtime: configuration comes from environment variables. */
    public SchedulerHandler() {
        super();
    }

    /** Used by the local cloud and tests: configuration comes from the given, started context. */
    public SchedulerHandler(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    /**
     * @return {@code {"schedules": {due, started, duplicate, passed_over, errors}, "reaper": {examined, redriven, failed, released, errors}, "dead_letters": {received,
     *         runs_failed, stale, undecodable, errors}}}, with {@code error} in place of a part that failed
     */
    @Override
    public Map<String, Object> execute(ScheduledEvent event) {
        Map<String, Object> summary = new LinkedHashMap<>();
        try {
            ScheduledStartsJob.Report report = getApplicationContext().getBean(ScheduledStartsJob.class).run();
            summary.put("schedules", Map.of("due", report.due(), "started", report.started(),
                    "duplicate", report.duplicate(), "passed_over", report.passedOver(), "errors", report.errors()));
        } catch (RuntimeException e) {
            LOG.error("schedule tick failed", e);
            summary.put("schedules", Map.of("error", String.valueOf(e.getMessage())));
        }
        try {
            RunReaperJob.Report report = getApplicationContext().getBean(RunReaperJob.class).run();
            summary.put("reaper", Map.of("examined", report.examined(), "redriven", report.redriven(),
                    "failed", report.failed(), "released", report.released(), "errors", report.errors()));
        } catch (RuntimeException e) {
            LOG.error("reaper tick failed", e);
            summary.put("reaper", Map.of("error", String.valueOf(e.getMessage())));
        }
        try {
            StageDeadLetters.Result drained = getApplicationContext().getBean(StageDeadLetters.class).drain();
            summary.put("dead_letters", Map.of("received", drained.received(), "runs_failed", drained.runsFailed(),
                    "stale", drained.stale(), "undecodable", drained.undecodable(), "errors", drained.errors()));
        } catch (RuntimeException e) {
            LOG.error("draining the stage dead-letter queue failed", e);
            summary.put("dead_letters", Map.of("error", String.valueOf(e.getMessage())));
        }
        LOG.info("tick: {}", summary);
        return summary;
    }
}
