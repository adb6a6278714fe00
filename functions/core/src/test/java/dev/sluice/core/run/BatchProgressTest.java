package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.batchStage;
import static dev.sluice.core.run.TestStages.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 5: a for_each stage between chunks, and rule 1's re-acquiring of a released batch stage. */
class BatchProgressTest {

    private static RunSignal.BatchProgress progress(int done, Map<String, Object> updates) {
        return new RunSignal.BatchProgress(1, 1, done, 30, updates);
    }

    private Flow startBatch(int batchDelaySeconds) {
        Flow flow = Flow.of(stage("list"), batchStage("post", batchDelaySeconds), stage("report"));
        flow.pass(0, Map.of("items", "..."), 0);
        flow.deliver(1, 1);
        return flow;
    }

    @Test
    void progress_is_recorded_and_the_next_chunk_is_sent_at_once() {
        Flow flow = startBatch(0);

        Decision decision = flow.send(progress(10, Map.of("posted", 10)));

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.current().status()).isEqualTo(StageStatus.RUNNING);
        assertThat(run.current().itemsDone()).isEqualTo(10);
        assertThat(run.current().itemsTotal()).isEqualTo(30);
        assertThat(run.context()).containsEntry("posted", 10).containsEntry("items", "...");
        assertThat(run.leaseOwner()).isNull();
        assertThat(decision.effects()).containsExactly(Effect.ScheduleStage.now(1, 1));
    }

    @Test
    void batch_delay_makes_the_run_wait_between_chunks() {
        Flow flow = startBatch(45);

        Decision decision = flow.send(progress(10, Map.of()));

        assertThat(decision.next().status()).isEqualTo(RunStatus.WAITING);
        assertThat(decision.next().wakeAt()).isEqualTo(flow.now().plusSeconds(45));
        assertThat(decision.next().current().status()).isEqualTo(StageStatus.RUNNING);
        assertThat(decision.effects()).containsExactly(new Effect.ScheduleStage(1, 1, Duration.ofSeconds(45)));
    }

    @Test
    void next_chunk_delivery_reacquires_the_stage_under_the_same_attempt() {
        Flow flow = startBatch(45);
        flow.send(progress(10, Map.of()));
        flow.afterSeconds(45);

        Decision decision = flow.deliver(1, 1);

        assertThat(Flow.effects(decision, Effect.ExecuteStage.class)).containsExactly(new Effect.ExecuteStage(1, 1));
        assertThat(decision.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(decision.next().wakeAt()).isNull();
        assertThat(decision.next().leaseOwner()).isEqualTo(Flow.WORKER);
        assertThat(decision.next().current().attempts()).isEqualTo(1);
        assertThat(decision.next().current().itemsDone()).isEqualTo(10);
        assertThat(flow.deliver(1, 1)).as("the chunk is held again").isEqualTo(Decision.ignore());
        assertThat(flow.complete(1, 1, new StageResult.Passed("30 posted", Map.of())).next().currentStage())
                .isEqualTo(2);
    }

    @Test
    void progress_for_another_attempt_or_without_the_lease_is_ignored() {
        Flow flow = startBatch(0);

        assertThat(flow.send(new RunSignal.BatchProgress(1, 2, 10, 30, Map.of()))).isEqualTo(Decision.ignore());
        flow.send(progress(10, Map.of()));
        assertThat(flow.send(progress(10, Map.of()))).as("duplicate report").isEqualTo(Decision.ignore());
        assertThat(flow.complete(1, 1, new StageResult.Passed("late", Map.of()))).as("chunk not held")
                .isEqualTo(Decision.ignore());
    }

    @Test
    void cancel_requested_is_honoured_between_chunks() {
        Flow flow = startBatch(0);
        flow.send(new RunSignal.CancelRequested());

        Decision decision = flow.send(progress(10, Map.of()));

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(decision.next().current().status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(decision.next().current().itemsDone()).isEqualTo(10);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).isEmpty();
    }

    @Test
    void pause_requested_pauses_between_chunks_and_resume_continues_the_same_attempt() {
        Flow flow = startBatch(45);
        flow.send(new RunSignal.PauseRequested());

        Decision paused = flow.send(progress(10, Map.of()));
        Decision resumed = flow.send(new RunSignal.ResumeRequested());

        assertThat(paused.next().status()).isEqualTo(RunStatus.PAUSED);
        assertThat(paused.next().current().status()).isEqualTo(StageStatus.RUNNING);
        assertThat(Flow.effects(paused, Effect.ScheduleStage.class)).isEmpty();
        assertThat(resumed.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(Flow.effects(resumed, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
        assertThat(Flow.effects(flow.deliver(1, 1), Effect.ExecuteStage.class)).containsExactly(new Effect.ExecuteStage(1, 1));
    }
}
