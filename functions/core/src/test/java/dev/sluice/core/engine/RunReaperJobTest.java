package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineHarness.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.engine.RunEngine.DeliveryOutcome;
import dev.sluice.core.run.ReaperGraces;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reaper job finishes what crashed invocations left. */
class RunReaperJobTest {

    private final EngineHarness h = new EngineHarness(EngineHarness.settings(Duration.ofSeconds(10),
            new ReaperGraces(Duration.ofSeconds(5), Duration.ofSeconds(5))));
    private final RunReaperJob reaper = new RunReaperJob(h.store, h.engine);

    @Test
    void a_crash_after_a_stored_decision_is_finished_by_the_reaper() {
        String id = h.start(step("a"), step("b"), step("c"));
        // v2: delivery of a; v3: a passed and b is due. Crash before b's message is sent or chained.
        h.crash.arm(id, 3);

        assertThatThrownBy(() -> h.deliver(id, 0, 1)).isInstanceOf(ArmedCrash.InjectedCrash.class);
        assertThat(h.run(id).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(h.run(id).leaseOwner()).isNull();
        assertThat(h.queue.sent).isEmpty();
        assertThat(h.deliver(id, 0, 1)).as("SQS delivers the failed message again").isEqualTo(DeliveryOutcome.DROPPED);

        assertThat(reaper.run()).as("within the grace").isEqualTo(new RunReaperJob.Report(1, 0, 0, 0, 0));
        h.clock.advance(Duration.ofSeconds(6));
        assertThat(reaper.run()).isEqualTo(new RunReaperJob.Report(1, 1, 0, 0, 0));
        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.APPLIED);

        assertThat(h.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.calls("a")).isEqualTo(1);
        assertThat(h.calls("b")).isEqualTo(1);
        assertThat(h.calls("c")).isEqualTo(1);
        assertThat(reaper.run().examined()).isZero();
    }

    @Test
    void a_lost_worker_is_retried_and_a_lost_last_attempt_fails_and_releases_the_run() {
        String retried = h.start(step("a"));
        String last = h.start(EngineHarness.withRetry(step("a"), RetryPolicy.NONE));
        h.crash.arm(retried, 2);
        h.crash.arm(last, 2);
        assertThatThrownBy(() -> h.deliver(retried, 0, 1)).isInstanceOf(ArmedCrash.InjectedCrash.class);
        assertThatThrownBy(() -> h.deliver(last, 0, 1)).isInstanceOf(ArmedCrash.InjectedCrash.class);
        h.clock.advance(EngineHarness.LAMBDA.plus(EngineSettings.DEFAULT.leaseMargin()).plusSeconds(1));

        RunReaperJob.Report report = reaper.run();

        assertThat(report).isEqualTo(new RunReaperJob.Report(2, 1, 1, 1, 0));
        assertThat(h.run(last).status()).isEqualTo(RunStatus.FAILED);
        assertThat(h.run(retried).current().attempts()).isEqualTo(1);
        h.clock.advance(Duration.ofSeconds(2));
        h.deliverNext();
        assertThat(h.run(retried).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.calls("a")).as("only the retry ran").isEqualTo(1);
    }

    @Test
    void paused_and_healthy_runs_are_examined_but_left_alone() {
        h.script = inv -> new StageResult.Wait(Duration.ofMinutes(10));
        String waiting = h.start(step("a"));
        h.deliver(waiting, 0, 1);
        String paused = h.start(step("a"));
        h.engine.signal(h.team(), paused, new dev.sluice.core.run.RunSignal.PauseRequested());
        h.deliver(paused, 0, 1);

        assertThat(reaper.run()).isEqualTo(new RunReaperJob.Report(2, 0, 0, 0, 0));
        assertThat(h.queue.sent).hasSize(1);
        assertThat(Map.of("a", h.calls("a"))).containsEntry("a", 1);
    }
}
