package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 7 (cancel requests) and rule 8 (dead-lettered messages). */
class CancelTest {

    private final Flow flow = Flow.of(stage("fetch"), waitStage("sleep"), stage("store"));

    @Test
    void cancel_is_rejected_when_run_already_finished() {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.EndRun("succeeded", null));
        Run before = flow.run();

        Decision decision = flow.send(new RunSignal.CancelRequested());

        assertThat(decision).isEqualTo(Decision.reject("run is succeeded and cannot be cancelled"));
        assertThat(flow.run()).isSameAs(before);
    }

    @Test
    void cancel_of_a_queued_run_is_immediate() {
        Decision decision = flow.send(new RunSignal.CancelRequested());

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.finishedAt()).isEqualTo(flow.now());
        assertThat(run.stages()).extracting(StageState::status).containsOnly(StageStatus.CANCELLED);
        assertThat(run.stages()).extracting(StageState::finishedAt).containsOnlyNulls();
        assertThat(decision.effects()).containsExactly(new Effect.ReleaseLock(), Effect.Log.info("run cancelled"));
    }

    @Test
    void cancel_of_a_waiting_run_is_immediate_and_cancels_the_wait() {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(Duration.ofHours(1)));
        flow.afterSeconds(10);

        Decision decision = flow.send(new RunSignal.CancelRequested());

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.wakeAt()).isNull();
        assertThat(run.stages()).extracting(StageState::status)
                .containsExactly(StageStatus.PASSED, StageStatus.CANCELLED, StageStatus.CANCELLED);
        assertThat(run.stages().get(1).finishedAt()).isEqualTo(flow.now());
        assertThat(flow.deliver(1, 1)).as("the pending wake-up").isEqualTo(Decision.ignore());
    }

    @Test
    void cancel_of_a_paused_run_is_immediate() {
        flow.pass(0);
        flow.send(new RunSignal.PauseRequested());
        flow.deliver(1, 1);

        Decision decision = flow.send(new RunSignal.CancelRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.effects()).contains(new Effect.ReleaseLock());
    }

    @Test
    void cancel_of_a_running_run_is_recorded_once() {
        flow.deliver(0, 1);

        Decision decision = flow.send(new RunSignal.CancelRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().cancelRequested()).isTrue();
        assertThat(decision.effects()).doesNotContain(new Effect.ReleaseLock());
        assertThat(flow.send(new RunSignal.CancelRequested())).as("repeated request").isEqualTo(Decision.ignore());
    }

    @Test
    void dead_lettered_message_fails_an_active_run() {
        flow.pass(0);
        flow.deliver(1, 1);

        Decision decision = flow.send(new RunSignal.DeadLettered("receive count 5 exceeded"));

        Run run = decision.next();
        String error = "a stage message reached the dead-letter queue: receive count 5 exceeded";
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo(error);
        assertThat(run.leaseOwner()).isNull();
        assertThat(run.stages()).extracting(StageState::status)
                .containsExactly(StageStatus.PASSED, StageStatus.FAILED, StageStatus.SKIPPED);
        assertThat(run.stages().get(1).error()).isEqualTo(error);
        assertThat(decision.effects())
                .containsExactly(new Effect.ReleaseLock(), Effect.Log.error("run failed: " + error));
    }

    @Test
    void dead_lettered_message_of_a_finished_run_is_ignored() {
        flow.send(new RunSignal.CancelRequested());

        assertThat(flow.send(new RunSignal.DeadLettered("late"))).isEqualTo(Decision.ignore());
        assertThat(flow.run().status()).isEqualTo(RunStatus.CANCELLED);
    }
}
