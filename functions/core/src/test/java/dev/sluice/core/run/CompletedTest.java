package dev.sluice.core.run;

import static dev.sluice.core.run.Flow.T0;
import static dev.sluice.core.run.TestStages.continuing;
import static dev.sluice.core.run.TestStages.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 2 (a worker's report of an attempt: passes, and failures that let the run go on) and rule 3 (advancing). */
class CompletedTest {

    private final Flow flow = Flow.of(stage("fetch"), stage("shape"), stage("store"));

    @Test
    void passed_stage_merges_context_charges_its_credits_and_schedules_the_next_stage() {
        flow.pass(0, Map.of("a", 1, "b", 2), 0);
        flow.deliver(1, 1);

        Decision decision = flow.complete(1, 1, new StageResult.Passed(Map.of("rows", 3), Map.of("b", 20, "c", 30)), 5);

        Run run = decision.next();
        assertThat(run.context()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "b", 20, "c", 30));
        assertThat(run.creditsUsed()).isEqualTo(5);
        assertThat(run.current().name()).isEqualTo("store");
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.leaseOwner()).isNull();
        assertThat(run.leaseUntil()).isNull();
        StageState shape = run.stages().get(1);
        assertThat(shape.status()).isEqualTo(StageStatus.PASSED);
        assertThat(shape.result()).isEqualTo(Map.of("rows", 3));
        assertThat(shape.finishedAt()).isEqualTo(T0);
        assertThat(shape.error()).isNull();
        assertThat(decision.effects()).containsExactly(new Effect.ChargeCredits("shape", 1, 5),
                Effect.Log.info("stage shape passed (attempt 1)"), Effect.ScheduleStage.now(2, 1));
    }

    @Test
    void a_free_stage_charges_nothing() {
        Decision decision = flow.pass(0);

        assertThat(Flow.effects(decision, Effect.ChargeCredits.class)).isEmpty();
        assertThat(decision.next().creditsUsed()).isZero();
    }

    @Test
    void completion_of_a_stale_or_foreign_attempt_is_ignored() {
        flow.deliver(0, 1);

        assertThat(flow.complete(0, 2, new StageResult.Passed("x", Map.of()))).isEqualTo(Decision.ignore());
        assertThat(flow.complete(1, 1, new StageResult.Passed("x", Map.of()))).isEqualTo(Decision.ignore());
        flow.complete(0, 1, new StageResult.Passed("x", Map.of()), 3);
        assertThat(flow.complete(0, 1, new StageResult.Passed("x", Map.of()), 3)).as("duplicate report")
                .isEqualTo(Decision.ignore());
        assertThat(flow.run().creditsUsed()).isEqualTo(3);
    }

    @Test
    void final_failure_of_a_continue_stage_logs_and_advances() {
        Flow tolerant = Flow.of(stage("fetch"), continuing(stage("notify")), stage("store"));
        tolerant.pass(0);
        tolerant.deliver(1, 1);

        Decision decision = tolerant.fail(1, 1, "smtp down", false);

        assertThat(tolerant.stage(1).status()).isEqualTo(StageStatus.FAILED);
        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().currentStage()).isEqualTo(2);
        assertThat(decision.effects()).containsExactly(
                Effect.Log.warn("stage notify failed; continuing with the next stage: smtp down"),
                Effect.ScheduleStage.now(2, 1));
    }

    @Test
    void last_stage_passing_succeeds_the_run_with_the_context_as_output() {
        flow.pass(0, Map.of("a", 1), 0);
        flow.pass(1);
        Decision decision = flow.pass(2, Map.of("b", 2), 0);

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(T0);
        assertThat(run.output()).isEqualTo(Map.of("a", 1, "b", 2));
        assertThat(run.currentStage()).isEqualTo(3);
        assertThat(run.current()).isNull();
        assertThat(decision.effects()).endsWith(new Effect.ReleaseLock(), Effect.Log.info("run succeeded"));
    }

    @Test
    void pause_requested_while_running_pauses_before_the_next_stage() {
        flow.deliver(0, 1);
        flow.send(new RunSignal.PauseRequested());

        Decision decision = flow.complete(0, 1, new StageResult.Passed("ok", Map.of()));

        assertThat(decision.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(decision.next().pauseRequested()).isFalse();
        assertThat(decision.next().currentStage()).isEqualTo(1);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).isEmpty();
    }

    @Test
    void cancel_requested_while_running_is_honoured_when_the_attempt_completes() {
        flow.deliver(0, 1);
        flow.send(new RunSignal.CancelRequested());

        Decision decision = flow.complete(0, 1, new StageResult.Passed("ok", Map.of()), 4);

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.next().stages()).extracting(StageState::status)
                .containsExactly(StageStatus.PASSED, StageStatus.CANCELLED, StageStatus.CANCELLED);
        assertThat(decision.effects()).contains(new Effect.ChargeCredits("fetch", 1, 4), new Effect.ReleaseLock());
    }

    @Test
    void cancel_requested_during_the_last_stage_cancels_rather_than_succeeds() {
        flow.pass(0);
        flow.pass(1);
        flow.deliver(2, 1);
        flow.send(new RunSignal.CancelRequested());

        Decision decision = flow.complete(2, 1, new StageResult.Passed("ok", Map.of()), 1);

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.next().stages()).extracting(StageState::status).containsOnly(StageStatus.PASSED);
        assertThat(decision.effects()).contains(new Effect.ChargeCredits("store", 1, 1), new Effect.ReleaseLock());
    }
}
