package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 6: pause and resume requests. */
class PauseResumeTest {

    private final Flow flow = Flow.of(stage("fetch"), waitStage("sleep"), stage("store"));

    private void waitAtStageOne(Duration duration) {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(duration));
    }

    @Test
    void pause_of_a_running_run_is_recorded_for_the_next_checkpoint() {
        flow.deliver(0, 1);

        Decision decision = flow.send(new RunSignal.PauseRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().pauseRequested()).isTrue();
        assertThat(decision.effects()).containsExactly(
                Effect.Log.info("pause requested; the run pauses at its next checkpoint"));
        assertThat(flow.send(new RunSignal.PauseRequested())).as("repeated request").isEqualTo(Decision.ignore());
    }

    @Test
    void pause_of_a_queued_run_takes_effect_at_its_first_delivery() {
        assertThat(flow.send(new RunSignal.PauseRequested()).next().status()).isEqualTo(RunStatus.QUEUED);

        Decision delivered = flow.deliver(0, 1);

        assertThat(delivered.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(delivered.next().startedAt()).isNull();
    }

    @Test
    void pause_of_a_waiting_run_is_immediate_and_keeps_the_wake_time() {
        waitAtStageOne(Duration.ofMinutes(10));
        var wakeAt = flow.run().wakeAt();

        Decision decision = flow.send(new RunSignal.PauseRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(decision.next().wakeAt()).isEqualTo(wakeAt);
        assertThat(decision.next().current().status()).isEqualTo(StageStatus.WAITING);
    }

    @Test
    void pause_is_rejected_when_the_run_is_finished_or_already_paused() {
        flow.send(new RunSignal.CancelRequested());
        assertThat(flow.send(new RunSignal.PauseRequested()).rejection())
                .isEqualTo("run is cancelled; only a queued, running or waiting run can be paused");

        Flow waiting = Flow.of(waitStage("sleep"));
        waiting.deliver(0, 1);
        waiting.complete(0, 1, new StageResult.Wait(Duration.ofMinutes(1)));
        waiting.send(new RunSignal.PauseRequested());
        Decision again = waiting.send(new RunSignal.PauseRequested());
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.REJECTED);
        assertThat(again.rejection()).isEqualTo("run is paused; only a queued, running or waiting run can be paused");
    }

    @Test
    void resume_is_rejected_unless_the_run_is_paused() {
        flow.deliver(0, 1);
        Run before = flow.run();

        Decision decision = flow.send(new RunSignal.ResumeRequested());

        assertThat(decision).isEqualTo(Decision.reject("run is running; only a paused run can be resumed"));
        assertThat(flow.run()).isSameAs(before);
    }

    @Test
    void resume_of_a_paused_wait_with_time_left_waits_for_the_rest() {
        waitAtStageOne(Duration.ofMinutes(30));
        flow.send(new RunSignal.PauseRequested());
        flow.after(Duration.ofMinutes(10));

        Decision decision = flow.send(new RunSignal.ResumeRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.WAITING);
        assertThat(decision.effects()).containsExactly(new Effect.ScheduleStage(1, 1, Duration.ofSeconds(900)),
                Effect.Log.info("run resumed at stage sleep"));
    }

    @Test
    void resume_after_the_wait_time_passed_runs_on_at_once() {
        waitAtStageOne(Duration.ofSeconds(30));
        flow.send(new RunSignal.PauseRequested());
        flow.after(Duration.ofMinutes(5));

        Decision decision = flow.send(new RunSignal.ResumeRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().wakeAt()).as("the resumed message is due now").isEqualTo(flow.now());
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
        assertThat(flow.deliver(1, 1).next().currentStage()).as("the wait is over").isEqualTo(2);
    }

    @Test
    void resume_of_a_run_that_never_started_queues_it_again() {
        flow.send(new RunSignal.PauseRequested());
        flow.deliver(0, 1);

        Decision decision = flow.send(new RunSignal.ResumeRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.QUEUED);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(0, 1));
    }

    @Test
    void resume_during_a_retry_backoff_sends_the_next_attempt_at_once() {
        flow.deliver(0, 1);
        flow.fail(0, 1, "HTTP 503", true);
        flow.send(new RunSignal.PauseRequested());

        Decision decision = flow.send(new RunSignal.ResumeRequested());

        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(0, 2));
    }
}
