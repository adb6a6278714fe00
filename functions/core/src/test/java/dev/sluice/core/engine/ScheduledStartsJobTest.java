package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.catalog;
import static dev.sluice.core.engine.TriggerFixtures.schedule;
import static dev.sluice.core.engine.TriggerFixtures.withTriggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.automation.Automation;
import dev.sluice.core.run.Run;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledStartsJobTest {

    private final TriggerFixtures.SettableClock clock = new TriggerFixtures.SettableClock(Instant.parse("2026-12-01T10:02:00Z"));
    private final InMemoryRunPorts ports = new InMemoryRunPorts();
    private final InMemoryAutomationStore automations = new InMemoryAutomationStore();
    private final RunStarter starter = new RunStarter(ports, ports, ports, catalog(), clock);
    private final ScheduledStartsJob job = new ScheduledStartsJob(automations, starter, clock);

    private Automation every5 = withTriggers("auto_a", "acme", schedule("*/5 * * * *"),
            Instant.parse("2026-12-01T10:05:00Z"), true);

    @Test
    void nothing_starts_before_next_run_at() {
        automations.create(every5);
        clock.set(Instant.parse("2026-12-01T10:04:59Z"));
        assertThat(job.run().due()).isZero();
        assertThat(ports.runs).isEmpty();
    }

    @Test
    void only_the_latest_missed_slot_fires_and_next_run_at_moves_past_now() {
        automations.create(every5);
        clock.set(Instant.parse("2026-12-01T10:17:30Z"));

        ScheduledStartsJob.Report report = job.run();

        assertThat(report.started()).isEqualTo(1);
        Run run = ports.runs.values().iterator().next();
        assertThat(run.trigger()).isEqualTo("schedule");
        assertThat(run.input()).containsEntry("scheduled_for", "2026-12-01T10:15:00Z");
        assertThat(automations.automations.get("auto_a").state().nextRunAt()).isEqualTo(Instant.parse("2026-12-01T10:20:00Z"));
        assertThat(job.run().due()).as("a second tick in the same minute").isZero();
        assertThat(ports.runs).hasSize(1);
    }

    @Test
    void an_overlapping_tick_that_read_the_old_next_run_at_starts_the_slot_once() {
        automations.create(every5);
        clock.set(Instant.parse("2026-12-01T10:05:10Z"));
        job.run();
        automations.automations.put("auto_a", every5);

        ScheduledStartsJob.Report stale = job.run();

        assertThat(stale.duplicate()).isEqualTo(1);
        assertThat(stale.started()).isZero();
        assertThat(ports.runs).hasSize(1);
    }

    @Test
    void disabled_automations_and_held_locks_start_nothing() {
        automations.create(withTriggers("auto_off", "acme", schedule("*/5 * * * *"),
                Instant.parse("2026-12-01T10:05:00Z"), false));
        automations.create(every5);
        clock.set(Instant.parse("2026-12-01T10:05:00Z"));
        job.run();
        clock.set(Instant.parse("2026-12-01T10:10:00Z"));

        ScheduledStartsJob.Report report = job.run();

        assertThat(report.passedOver()).as("the 10:05 run still holds the lock").isEqualTo(1);
        assertThat(ports.runs.values()).extracting(Run::automationId).containsExactly("auto_a", "auto_a");
        Run skipped = ports.runs.values().stream().filter(r -> r.status() == dev.sluice.core.run.RunStatus.SKIPPED)
                .findFirst().orElseThrow();
        assertThat(skipped.trigger()).isEqualTo("schedule");
        assertThat(skipped.error()).startsWith("skipped: ").contains("concurrency slot");
        assertThat(skipped.input()).containsEntry("scheduled_for", "2026-12-01T10:10:00Z");
        assertThat(automations.automations.get("auto_a").state().nextRunAt())
                .isEqualTo(Instant.parse("2026-12-01T10:15:00Z"));
    }
}
