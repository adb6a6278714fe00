package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.continuing;
import static dev.sluice.core.run.TestStages.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 2's stage-directed outcomes: jumping forward and ending the run early. */
class JumpAndEndTest {

    private final Flow flow = Flow.of(stage("check"), stage("a"), stage("b"), stage("report"));

    @Test
    void jump_passes_the_stage_skips_those_in_between_and_schedules_the_target() {
        flow.deliver(0, 1);

        Decision decision = flow.complete(0, 1, new StageResult.JumpTo("report", "nothing to do"), 1);

        Run run = decision.next();
        assertThat(run.stages()).extracting(StageState::status).containsExactly(StageStatus.PASSED,
                StageStatus.SKIPPED, StageStatus.SKIPPED, StageStatus.PENDING);
        assertThat(run.stages().get(0).result()).isEqualTo("nothing to do");
        assertThat(run.currentStage()).isEqualTo(3);
        assertThat(run.creditsUsed()).isEqualTo(1);
        assertThat(decision.effects()).contains(new Effect.ChargeCredits("check", 1, 1),
                Effect.Log.info("stage check skips to report")).endsWith(Effect.ScheduleStage.now(3, 1));
    }

    @Test
    void jump_to_the_next_stage_skips_nothing() {
        flow.deliver(0, 1);

        Decision decision = flow.complete(0, 1, new StageResult.JumpTo("a", null));

        assertThat(decision.next().currentStage()).isEqualTo(1);
        assertThat(decision.next().stages().get(1).status()).isEqualTo(StageStatus.PENDING);
    }

    @Test
    void jump_backwards_or_to_an_unknown_stage_is_a_final_failure() {
        flow.pass(0);
        flow.deliver(1, 1);

        Decision decision = flow.complete(1, 1, new StageResult.JumpTo("check", null));

        assertThat(decision.next().status()).isEqualTo(RunStatus.FAILED);
        assertThat(decision.next().error()).isEqualTo("stage a failed: skip_to target check is not a later stage");
        assertThat(decision.next().stages().get(1).attempts()).as("not retried").isEqualTo(1);

        Flow other = Flow.of(continuing(stage("check")), stage("a"));
        other.deliver(0, 1);
        Decision unknown = other.complete(0, 1, new StageResult.JumpTo("nowhere", null));
        assertThat(unknown.next().stages().get(0).error()).isEqualTo("skip_to target nowhere is not a later stage");
        assertThat(unknown.next().currentStage()).isEqualTo(1);
    }

    @Test
    void jump_with_a_pause_requested_pauses_at_the_target() {
        flow.deliver(0, 1);
        flow.send(new RunSignal.PauseRequested());

        Decision decision = flow.complete(0, 1, new StageResult.JumpTo("b", null));

        assertThat(decision.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(decision.next().currentStage()).isEqualTo(2);
    }

    @Test
    void end_run_failed_ends_the_run_with_the_reason_and_skips_the_rest() {
        flow.deliver(0, 1);

        Decision decision = flow.complete(0, 1, new StageResult.EndRun("failed", "site is down"), 2);

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("site is down");
        assertThat(run.finishedAt()).isEqualTo(flow.now());
        assertThat(run.stages()).extracting(StageState::status).containsExactly(StageStatus.PASSED,
                StageStatus.SKIPPED, StageStatus.SKIPPED, StageStatus.SKIPPED);
        assertThat(decision.effects()).containsExactly(new Effect.ChargeCredits("check", 1, 2),
                Effect.Log.info("stage check passed (attempt 1)"), new Effect.ReleaseLock(),
                Effect.Log.error("stage check ended the run as failed: site is down"));
    }

    @Test
    void end_run_succeeded_keeps_no_error_and_outputs_the_context() {
        flow.pass(0, Map.of("k", "v"), 0);
        flow.deliver(1, 1);

        Decision decision = flow.complete(1, 1, new StageResult.EndRun("succeeded", "nothing else to do"));

        assertThat(decision.next().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(decision.next().error()).isNull();
        assertThat(decision.next().output()).isEqualTo(Map.of("k", "v"));
        assertThat(decision.effects()).contains(new Effect.ReleaseLock());
    }

    @Test
    void end_run_cancelled_records_the_reason() {
        flow.deliver(0, 1);

        Decision decision = flow.complete(0, 1, new StageResult.EndRun("cancelled", "superseded"));

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.next().error()).isEqualTo("superseded");
        assertThat(decision.next().stages().get(3).status()).isEqualTo(StageStatus.SKIPPED);
    }

    @Test
    void end_run_with_a_status_that_is_not_terminal_fails_the_stage() {
        flow.deliver(0, 1);

        Decision decision = flow.complete(0, 1, new StageResult.EndRun("running", null));

        assertThat(decision.next().status()).isEqualTo(RunStatus.FAILED);
        assertThat(decision.next().error())
                .isEqualTo("stage check failed: end_run status running is not succeeded, failed or cancelled");
    }
}
