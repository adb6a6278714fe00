package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineHarness.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.engine.RunEngine.DeliveryOutcome;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.run.StageStatus;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signals from the API and the scheduler: pause, resume, cancel, dead letters. */
class RunEngineControlTest {

    private final EngineHarness h = new EngineHarness();

    private String waitingRun() {
        h.script = inv -> inv.stageName().equals("nap") ? new StageResult.Wait(Duration.ofSeconds(30))
                : new StageResult.Passed("ok", Map.of());
        String id = h.start(step("nap"), step("call"));
        h.deliver(id, 0, 1);
        assertThat(h.run(id).status()).isEqualTo(RunStatus.WAITING);
        return id;
    }

    @Test
    void pause_during_a_wait_holds_the_run_until_resume() {
        String id = waitingRun();

        Run paused = h.engine.signal(h.team(), id, new RunSignal.PauseRequested());
        h.clock.advance(Duration.ofSeconds(30));

        assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(h.deliverNext()).as("the wake-up finds the run paused").isEqualTo(DeliveryOutcome.DROPPED);
        assertThat(h.calls("call")).isZero();

        Run resumed = h.engine.signal(h.team(), id, new RunSignal.ResumeRequested());

        assertThat(resumed.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(h.queue.pending()).singleElement().extracting(s -> s.message().stage()).isEqualTo(0);
        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.APPLIED);
        assertThat(h.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.calls("nap")).isEqualTo(1);
        assertThat(h.calls("call")).isEqualTo(1);
    }

    @Test
    void cancel_of_a_waiting_run_ends_it_at_once() {
        String id = waitingRun();

        Run cancelled = h.engine.signal(h.team(), id, new RunSignal.CancelRequested());

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.stages()).extracting(s -> s.status())
                .containsExactly(StageStatus.CANCELLED, StageStatus.CANCELLED);
        h.clock.advance(Duration.ofSeconds(30));
        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.DROPPED);
        assertThat(h.calls("call")).isZero();
    }

    @Test
    void cancel_while_a_stage_runs_is_honoured_when_it_completes() {
        String id = h.start(step("a"), step("b"));
        h.script = inv -> {
            h.engine.signal(h.team(), id, new RunSignal.CancelRequested());
            return new StageResult.Passed("ok", Map.of("a", 1L));
        };

        assertThat(h.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.APPLIED);

        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.stages().get(0).status()).isEqualTo(StageStatus.PASSED);
        assertThat(run.stages().get(1).status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(run.creditsUsed()).as("the passed stage is still charged").isEqualTo(1);
        assertThat(h.calls("b")).isZero();
        assertThat(h.queue.sent).isEmpty();
    }

    @Test
    void pause_while_a_stage_runs_pauses_before_the_next_stage() {
        String id = h.start(step("a"), step("b"));
        h.script = inv -> {
            if (inv.stageName().equals("a")) {
                h.engine.signal(h.team(), id, new RunSignal.PauseRequested());
            }
            return new StageResult.Passed("ok", Map.of());
        };

        h.deliver(id, 0, 1);

        assertThat(h.run(id).status()).isEqualTo(RunStatus.PAUSED);
        assertThat(h.run(id).currentStage()).isEqualTo(1);
        assertThat(h.calls("b")).isZero();
        h.engine.signal(h.team(), id, new RunSignal.ResumeRequested());
        h.deliverNext();
        assertThat(h.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void signals_to_an_unknown_run_are_404_and_inapplicable_ones_409() {
        assertThatThrownBy(() -> h.engine.signal(h.team(), "run_nope", new RunSignal.PauseRequested()))
                .isInstanceOf(NotFoundException.class);
        String id = h.start(step("a"));
        h.deliver(id, 0, 1);
        assertThatThrownBy(() -> h.engine.signal(h.team(), id, new RunSignal.CancelRequested()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("succeeded");
    }

    @Test
    void a_repeated_request_is_ignored_and_returns_the_run() {
        String id = h.start(step("a"));
        Run first = h.engine.signal(h.team(), id, new RunSignal.PauseRequested());

        Run second = h.engine.signal(h.team(), id, new RunSignal.PauseRequested());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_dead_lettered_current_message_fails_the_run_and_a_stale_one_changes_nothing() {
        String id = waitingRun();

        assertThat(h.engine.deadLettered(new StageMessage(EngineHarness.TEAM, id, 1, 1))).as("not there yet").isEmpty();
        Run failed = h.engine.deadLettered(new StageMessage(EngineHarness.TEAM, id, 0, 1)).orElseThrow();

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("dead-letter queue").contains("stage 0 attempt 1");
        assertThat(h.engine.deadLettered(new StageMessage(EngineHarness.TEAM, "run_nope", 0, 1))).isEmpty();
    }
}
