package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineHarness.forEach;
import static dev.sluice.core.engine.EngineHarness.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.engine.RunEngine.DeliveryOutcome;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.run.StageState;
import dev.sluice.core.run.StageStatus;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** for_each stages: chunks, the running tally, checkpoints between chunks. */
class BatchDeliveryTest {

    private static final List<Object> SEVEN = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    private final EngineHarness h = new EngineHarness();

    private String batchRun(int delaySeconds) {
        h.script = inv -> {
            if (inv.item() == null) {
                return new StageResult.Passed("ok", Map.of());
            }
            return Long.valueOf(4L).equals(inv.item()) ? new StageResult.Failed("item rejected", true)
                    : new StageResult.Passed("ok", Map.of("last", inv.item()));
        };
        return h.start(Map.of("items", SEVEN), forEach(step("post"), "input.items", 3, delaySeconds), step("done"));
    }

    @Test
    void seven_items_in_batches_of_three_take_three_chunks_and_count_across_them() {
        String id = batchRun(1);

        h.deliver(id, 0, 1);
        StageState afterFirst = h.run(id).stages().get(0);
        h.clock.advance(Duration.ofSeconds(1));
        h.deliverNext();
        h.clock.advance(Duration.ofSeconds(1));
        h.deliverNext();

        assertThat(afterFirst.status()).isEqualTo(StageStatus.RUNNING);
        assertThat(afterFirst.itemsDone()).isEqualTo(3);
        assertThat(afterFirst.itemsTotal()).isEqualTo(7);
        assertThat(afterFirst.result()).isEqualTo(Map.of("items", 7L, "passed", 3L, "failed", 0L, "errors", List.of()));
        assertThat(h.queue.sent).as("two batch delays; the last stage is chained")
                .extracting(s -> s.message().stage()).containsExactly(0, 0);
        assertThat(h.calls("post")).isEqualTo(7);
        assertThat(h.items).isEqualTo(SEVEN);
        StageState stage = h.run(id).stages().get(0);
        assertThat(stage.status()).isEqualTo(StageStatus.PASSED);
        assertThat(stage.itemsDone()).isEqualTo(7);
        assertThat(stage.result()).isEqualTo(Map.of("items", 7L, "passed", 6L, "failed", 1L,
                "errors", List.of("item 3: item rejected")));
        assertThat(h.run(id).context()).containsEntry("last", 7L);
        assertThat(h.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void chunks_chain_inline_when_time_allows() {
        EngineHarness fast = new EngineHarness();
        fast.script = inv -> new StageResult.Passed("ok", Map.of());
        String id = fast.start(Map.of("items", SEVEN), forEach(step("post"), "input.items", 3, 0), step("done"));

        assertThat(fast.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.APPLIED);

        assertThat(fast.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fast.calls("post")).isEqualTo(7);
        assertThat(fast.queue.sent).isEmpty();
    }

    @Test
    void a_batch_delay_waits_between_chunks_and_a_cancel_there_ends_the_run() {
        String id = batchRun(45);

        h.deliver(id, 0, 1);

        assertThat(h.run(id).status()).isEqualTo(RunStatus.WAITING);
        assertThat(h.queue.pending()).singleElement().extracting(s -> s.delay()).isEqualTo(Duration.ofSeconds(45));
        Run cancelled = h.engine.signal(h.team(), id, new RunSignal.CancelRequested());
        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        h.clock.advance(Duration.ofSeconds(45));
        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.DROPPED);
        assertThat(h.calls("post")).isEqualTo(3);
    }

    @Test
    void a_pause_requested_during_a_chunk_is_honoured_before_the_next_chunk() {
        String id = batchRun(0);
        h.script = inv -> {
            if (Long.valueOf(2L).equals(inv.item())) {
                h.engine.signal(h.team(), id, new RunSignal.PauseRequested());
            }
            return new StageResult.Passed("ok", Map.of());
        };

        h.deliver(id, 0, 1);

        assertThat(h.run(id).status()).isEqualTo(RunStatus.PAUSED);
        assertThat(h.run(id).stages().get(0).itemsDone()).isEqualTo(3);
        h.engine.signal(h.team(), id, new RunSignal.ResumeRequested());
        h.deliverNext();
        assertThat(h.items).isEqualTo(SEVEN);
        assertThat(h.run(id).stages().get(0).status()).isEqualTo(StageStatus.PASSED);
    }

    @Test
    void a_missing_list_fails_the_stage_without_retry() {
        String id = h.start(forEach(step("post"), "context.nothing", 3, 0));

        h.deliver(id, 0, 1);

        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("for_each path context.nothing must hold a list, found nothing");
        assertThat(run.stages().get(0).attempts()).isEqualTo(1);
        assertThat(h.calls("post")).isZero();
    }
}
