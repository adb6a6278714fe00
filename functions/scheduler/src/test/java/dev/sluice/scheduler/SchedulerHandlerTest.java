package dev.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.engine.EngineSettings;
import dev.sluice.core.run.ReaperGraces;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerHandlerTest {

    private static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("scheduler-test").deduceEnvironment(false)
                .properties(properties).start();
    }

    @Test
    void a_tick_reports_the_reaper_and_the_dead_letter_queue() {
        try (ApplicationContext context = context(Map.of("aws.region", "us-east-1"))) {
            Map<String, Object> summary = new SchedulerHandler(context).execute(new ScheduledEvent());

            assertThat(summary).containsEntry("reaper",
                    Map.of("examined", 0, "redriven", 0, "failed", 0, "released", 0, "errors", 0));
            assertThat(summary).containsEntry("dead_letters",
                    Map.of("received", 0, "runs_failed", 0, "stale", 0, "undecodable", 0, "errors", 0));
        }
    }

    @Test
    void reaper_graces_come_from_properties_in_either_form() {
        try (ApplicationContext context = context(Map.of("sluice.reaper.wake.grace.seconds", "2",
                "sluice.reaper.queued-grace-seconds", "3"))) {
            assertThat(context.getBean(EngineSettings.class).graces())
                    .isEqualTo(new ReaperGraces(Duration.ofSeconds(2), Duration.ofSeconds(3)));
        }
        try (ApplicationContext context = context(Map.of())) {
            assertThat(context.getBean(EngineSettings.class)).isEqualTo(EngineSettings.DEFAULT);
        }
    }

    @Test
    void the_dead_letter_queue_is_found_by_its_role() {
        try (ApplicationContext context = context(Map.of("sluice.queue.stage", "stage-q",
                "sluice.queue.stage.dlq", "stage-dlq"))) {
            StageDeadLetters letters = context.getBean(StageDeadLetters.class);
            assertThat(letters).extracting("queueName").isEqualTo("stage-dlq");
            assertThat(context.getBean(ResourceNames.class).queues()).containsEntry("stage", "stage-q");
        }
    }
}
