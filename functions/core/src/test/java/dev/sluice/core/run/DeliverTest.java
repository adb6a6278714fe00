package dev.sluice.core.run;

import static dev.sluice.core.run.Flow.LEASE;
import static dev.sluice.core.run.Flow.T0;
import static dev.sluice.core.run.Flow.WORKER;
import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static dev.sluice.core.run.TestStages.withCredits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 1 (delivery of a stage message) and rule 4 (a wait stage's wake-up). */
class DeliverTest {

    private final Flow flow = Flow.of(stage("fetch"), waitStage("sleep"), stage("store"));

    @Test
    void first_delivery_starts_the_run_and_executes_the_first_stage_under_the_lease() {
        Decision decision = flow.deliver(0, 1);

        Run run = decision.next();
        assertThat(decision.effects()).containsExactly(Effect.Log.info("stage fetch started (attempt 1)"),
                new Effect.ExecuteStage(0, 1));
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.startedAt()).isEqualTo(T0);
        assertThat(run.leaseOwner()).isEqualTo(WORKER);
        assertThat(run.leaseUntil()).isEqualTo(T0.plus(LEASE));
        assertThat(run.current().status()).isEqualTo(StageStatus.RUNNING);
        assertThat(run.current().attempts()).isEqualTo(1);
        assertThat(run.current().startedAt()).isEqualTo(T0);
        assertThat(run.version()).isEqualTo(2);
    }

    @Test
    void duplicate_delivery_while_the_stage_runs_is_ignored() {
        flow.deliver(0, 1);
        Run before = flow.run();

        assertThat(flow.deliver(0, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.send(new RunSignal.Deliver(0, 1, "worker-2", T0.plusSeconds(999))).outcome())
                .isEqualTo(Decision.Outcome.IGNORED);
        assertThat(flow.run()).isSameAs(before);
    }

    @Test
    void duplicate_delivery_of_a_passed_stage_changes_nothing() {
        flow.pass(0);
        Run before = flow.run();

        assertThat(flow.deliver(0, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.run()).isSameAs(before);
        assertThat(flow.stage(0).status()).isEqualTo(StageStatus.PASSED);
    }

    @Test
    void delivery_for_a_stage_that_is_not_current_is_ignored() {
        assertThat(flow.deliver(1, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.run().status()).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void stale_attempt_is_ignored() {
        flow.deliver(0, 1);
        flow.fail(0, 1, "HTTP 503", true);
        flow.afterSeconds(2);

        assertThat(flow.deliver(0, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.deliver(0, 3)).isEqualTo(Decision.ignore());
        Decision retry = flow.deliver(0, 2);
        assertThat(Flow.effects(retry, Effect.ExecuteStage.class)).containsExactly(new Effect.ExecuteStage(0, 2));
        assertThat(flow.stage(0).startedAt()).as("the stage keeps its first start").isEqualTo(T0);
    }

    @Test
    void delivery_for_a_finished_run_is_ignored() {
        flow.send(new RunSignal.CancelRequested());

        assertThat(flow.deliver(0, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.run().status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void delivery_for_a_paused_run_is_ignored() {
        flow.send(new RunSignal.PauseRequested());
        assertThat(flow.deliver(0, 1).next().status()).isEqualTo(RunStatus.PAUSED);

        assertThat(flow.deliver(0, 1)).isEqualTo(Decision.ignore());
    }

    @Test
    void delivery_with_a_pause_requested_pauses_without_executing() {
        flow.pass(0);
        flow.send(new RunSignal.PauseRequested());

        Decision decision = flow.deliver(1, 1);

        assertThat(decision.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(decision.next().pauseRequested()).isFalse();
        assertThat(Flow.effects(decision, Effect.ExecuteStage.class)).isEmpty();
        assertThat(flow.stage(1).status()).isEqualTo(StageStatus.PENDING);
    }

    @Test
    void delivery_with_a_cancel_requested_cancels_without_executing() {
        flow.pass(0);
        flow.send(new RunSignal.CancelRequested());

        Decision decision = flow.deliver(1, 1);

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.effects()).contains(new Effect.ReleaseLock()).doesNotHaveAnyElementsOfTypes(
                Effect.ExecuteStage.class);
        assertThat(flow.stage(1).status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(flow.stage(2).status()).isEqualTo(StageStatus.CANCELLED);
    }

    @Test
    void wait_stage_passes_and_the_run_advances_when_its_time_is_up() {
        Flow timed = Flow.of(stage("fetch"), withCredits(waitStage("sleep"), 2), stage("store"));
        timed.pass(0);
        timed.deliver(1, 1);
        timed.complete(1, 1, new StageResult.Wait(Duration.ofSeconds(30)));
        timed.afterSeconds(29).after(Duration.ofMillis(100));

        Decision decision = timed.deliver(1, 1);

        assertThat(timed.stage(1).status()).isEqualTo(StageStatus.PASSED);
        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().wakeAt()).as("the next stage's message is due now").isEqualTo(timed.now());
        assertThat(decision.next().currentStage()).isEqualTo(2);
        assertThat(decision.effects())
                .contains(new Effect.ChargeCredits("sleep", 1, 2), Effect.ScheduleStage.now(2, 1));
    }

    @Test
    void early_delivery_of_a_long_wait_is_sent_again_for_the_rest_without_a_state_change() {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(Duration.ofMinutes(40)));
        flow.afterSeconds(900);
        Run before = flow.run();

        Decision first = flow.deliver(1, 1);
        flow.afterSeconds(900);
        Decision second = flow.deliver(1, 1);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(first.effects()).containsExactly(new Effect.ScheduleStage(1, 1, Duration.ofSeconds(900)));
        assertThat(second.effects()).containsExactly(new Effect.ScheduleStage(1, 1, Duration.ofSeconds(600)));
        assertThat(flow.run()).isSameAs(before);
        flow.afterSeconds(600);
        assertThat(flow.deliver(1, 1).next().currentStage()).isEqualTo(2);
    }

    @Test
    void wake_up_of_a_paused_wait_is_ignored() {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(Duration.ofSeconds(30)));
        flow.send(new RunSignal.PauseRequested());
        flow.afterSeconds(30);

        assertThat(flow.deliver(1, 1)).isEqualTo(Decision.ignore());
        assertThat(flow.run().status()).isEqualTo(RunStatus.PAUSED);
    }
}
