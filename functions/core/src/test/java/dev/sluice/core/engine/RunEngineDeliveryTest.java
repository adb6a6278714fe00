package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineHarness.step;
import static dev.sluice.core.engine.EngineHarness.withRetry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.engine.RunEngine.DeliveryOutcome;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.run.StageStatus;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deliveries: inline chaining, duplicates, races, retries, executor failures. */
class RunEngineDeliveryTest {

    private final EngineHarness h = new EngineHarness();

    @Test
    void five_stage_chain_runs_to_succeeded_inline_without_queue_messages() {
        String id = h.start(step("a"), step("b"), step("c"), step("d"), step("e"));

        assertThat(h.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.APPLIED);

        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.stages()).allMatch(s -> s.status() == StageStatus.PASSED);
        assertThat(List.of("a", "b", "c", "d", "e")).allMatch(s -> h.calls(s) == 1);
        assertThat(h.queue.sent).isEmpty();
        assertThat(run.creditsUsed()).isEqualTo(5);
        assertThat(h.store.charges()).hasSize(5);
        assertThat(run.context()).containsEntry("a", true).containsEntry("e", true);
        assertThat(h.logs.messages()).contains("info: run succeeded");
    }

    @Test
    void without_time_to_chain_the_next_stage_goes_to_the_queue() {
        String id = h.start(step("a"), step("b"));

        h.engine.deliver(new StageMessage(EngineHarness.TEAM, id, 0, 1), Duration.ofSeconds(5));

        assertThat(h.calls("a")).isEqualTo(1);
        assertThat(h.calls("b")).isZero();
        assertThat(h.queue.pending()).singleElement()
                .isEqualTo(new EngineHarness.RecordingQueue.Sent(new StageMessage(EngineHarness.TEAM, id, 1, 1),
                        Duration.ZERO));
        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.APPLIED);
        assertThat(h.run(id).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void the_same_message_delivered_three_times_executes_the_stage_once() {
        String id = h.start(step("a"), step("b"));
        StageMessage first = new StageMessage(EngineHarness.TEAM, id, 0, 1);
        Duration noTimeToChain = Duration.ofSeconds(5);

        List<DeliveryOutcome> outcomes = List.of(h.engine.deliver(first, noTimeToChain),
                h.engine.deliver(first, noTimeToChain), h.engine.deliver(first, noTimeToChain));

        assertThat(outcomes).containsExactly(DeliveryOutcome.APPLIED, DeliveryOutcome.DROPPED, DeliveryOutcome.DROPPED);
        assertThat(h.calls("a")).isEqualTo(1);
        assertThat(h.run(id).currentStage()).isEqualTo(1);
        assertThat(h.run(id).creditsUsed()).isEqualTo(1);
        assertThat(h.queue.sent).hasSize(1);
    }

    @Test
    void a_delivery_that_loses_the_race_to_another_delivery_is_decided_again_and_executes_nothing() {
        String id = h.start(step("a"), step("b"));
        // Another delivery of the same message stores its lease first (and runs the run to its end).
        h.store.beforeNextApply(store -> h.deliver(id, 0, 1));

        assertThat(h.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.DROPPED);

        assertThat(h.calls("a")).as("only the winner executed it").isEqualTo(1);
        assertThat(h.store.lostRaces()).isEqualTo(1);
    }

    @Test
    void a_pause_request_that_lands_between_read_and_write_is_honoured_at_this_checkpoint() {
        String id = h.start(step("a"), step("b"));
        h.store.beforeNextApply(store -> h.engine.signal(h.team(), id, new RunSignal.PauseRequested()));

        assertThat(h.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.APPLIED);

        assertThat(h.calls("a")).isZero();
        assertThat(h.store.lostRaces()).isEqualTo(1);
        assertThat(h.run(id).status()).isEqualTo(dev.sluice.core.run.RunStatus.PAUSED);
    }

    @Test
    void a_message_for_an_unknown_run_is_dropped() {
        assertThat(h.deliver("run_missing", 0, 1)).isEqualTo(DeliveryOutcome.DROPPED);
    }

    @Test
    void retries_are_scheduled_with_growing_delays_then_the_run_fails() {
        h.script = inv -> new StageResult.Failed("HTTP 503", true);
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5), 0.0);
        String id = h.start(withRetry(step("a"), policy));

        h.deliver(id, 0, 1);
        for (int retry = 0; retry < 3; retry++) {
            EngineHarness.RecordingQueue.Sent sent = h.queue.pending().getFirst();
            h.clock.advance(sent.delay());
            assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.APPLIED);
        }

        assertThat(h.queue.delays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(h.calls("a")).isEqualTo(4);
        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("stage a failed: HTTP 503");
    }

    @Test
    void an_early_wake_up_is_rescheduled_for_the_rest_of_the_wait() {
        h.script = inv -> new StageResult.Wait(Duration.ofSeconds(30));
        String id = h.start(step("a"));
        h.deliver(id, 0, 1);
        h.clock.advance(Duration.ofSeconds(10));

        assertThat(h.deliverNext()).isEqualTo(DeliveryOutcome.RESCHEDULED);
        assertThat(h.queue.pending()).singleElement().extracting(EngineHarness.RecordingQueue.Sent::delay)
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void an_executor_that_throws_is_a_retriable_failure() {
        h.script = inv -> {
            throw new IllegalStateException("boom");
        };
        String id = h.start(step("a"));

        assertThat(h.deliver(id, 0, 1)).isEqualTo(DeliveryOutcome.APPLIED);

        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.WAITING);
        assertThat(run.current().error()).isEqualTo("stage a failed unexpectedly: IllegalStateException: boom");
        assertThat(h.queue.pending()).singleElement().extracting(s -> s.message().attempt()).isEqualTo(2);
    }

    @Test
    void context_updates_over_the_limit_fail_the_stage_without_retry() {
        h.script = inv -> new StageResult.Passed("big", Map.of("blob", "x".repeat(70_000)));
        String id = h.start(step("a"), step("b"));

        h.deliver(id, 0, 1);

        Run run = h.run(id);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("context would grow to").contains("over the limit of 65536 bytes");
        assertThat(run.context()).doesNotContainKey("blob");
        assertThat(h.calls("a")).isEqualTo(1);
        assertThat(h.queue.sent).isEmpty();
    }

    @Test
    void an_unknown_stage_type_fails_the_run() {
        String id = h.start(new dev.sluice.core.stage.StageDefinition("x", "nope", Map.of(), RetryPolicy.DEFAULT, 0,
                null, dev.sluice.core.stage.FailurePolicy.FAIL, null, 0, 0));

        h.deliver(id, 0, 1);

        assertThat(h.run(id).error()).contains("no executor is registered for stage type nope");
    }

    @Test
    void executors_get_the_remaining_time_capped_by_the_stage_timeout() {
        List<Duration> budgets = new java.util.concurrent.CopyOnWriteArrayList<>();
        h.script = inv -> {
            budgets.add(inv.remaining());
            return new StageResult.Passed(null, Map.of());
        };
        String id = h.start(step("a"));
        h.engine.deliver(new StageMessage(EngineHarness.TEAM, id, 0, 1), Duration.ofSeconds(12));
        assertThat(budgets).containsExactly(Duration.ofSeconds(12));
        budgets.clear();
        String second = h.start(step("b"));
        h.deliver(second, 0, 1);
        assertThat(budgets).containsExactly(Duration.ofSeconds(30));
    }
}
