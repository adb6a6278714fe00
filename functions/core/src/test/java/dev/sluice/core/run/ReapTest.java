package dev.sluice.core.run;

import static dev.sluice.core.run.Flow.LEASE;
import static dev.sluice.core.run.TestStages.exponential;
import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static dev.sluice.core.run.TestStages.withRetry;
import static dev.sluice.core.run.TestStages.withTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 9: the reaper's tick. */
class ReapTest {

    private static final RunSignal REAP = new RunSignal.Reap();

    private final Flow flow = Flow.of(withTimeout(stage("fetch"), 600), waitStage("sleep"), stage("store"));

    @Test
    void finished_paused_and_healthy_runs_are_left_alone() {
        assertThat(flow.send(REAP)).as("queued, just created").isEqualTo(Decision.ignore());
        flow.deliver(0, 1);
        flow.afterSeconds(60);
        assertThat(flow.send(REAP)).as("running under a live lease").isEqualTo(Decision.ignore());
        flow.send(new RunSignal.PauseRequested());
        flow.complete(0, 1, new StageResult.Passed("ok", Map.of()));
        flow.afterSeconds(3600);
        assertThat(flow.send(REAP)).as("paused").isEqualTo(Decision.ignore());
        flow.send(new RunSignal.CancelRequested());
        assertThat(flow.send(REAP)).as("cancelled").isEqualTo(Decision.ignore());
    }

    @Test
    void lost_worker_counts_as_a_failed_attempt_and_is_retried() {
        flow.deliver(0, 1);
        flow.after(LEASE).afterSeconds(1);

        Decision decision = flow.send(REAP);

        assertThat(decision.next().status()).isEqualTo(RunStatus.WAITING);
        assertThat(decision.next().leaseOwner()).isNull();
        assertThat(decision.next().current().status()).isEqualTo(StageStatus.PENDING);
        assertThat(decision.next().current().error()).isEqualTo("worker lost before finishing the stage");
        assertThat(decision.effects()).containsExactly(new Effect.ScheduleStage(0, 2, Duration.ofSeconds(2)),
                Effect.Log.warn("retrying fetch in 2s (attempt 2 of 3): worker lost before finishing the stage"));
        assertThat(flow.complete(0, 1, new StageResult.Passed("too late", Map.of())))
                .as("the lost worker's late report").isEqualTo(Decision.ignore());
    }

    @Test
    void lost_worker_on_the_last_attempt_fails_the_run() {
        Flow once = Flow.of(withRetry(stage("fetch"), RetryPolicy.NONE), stage("store"));
        once.deliver(0, 1);
        once.after(LEASE).afterSeconds(1);

        Decision decision = once.send(REAP);

        assertThat(decision.next().status()).isEqualTo(RunStatus.FAILED);
        assertThat(decision.next().error()).isEqualTo("stage fetch failed: worker lost before finishing the stage");
        assertThat(decision.effects()).contains(new Effect.ReleaseLock());
    }

    @Test
    void attempt_past_its_timeout_is_failed_and_retried_even_under_a_live_lease() {
        flow.send(new RunSignal.Deliver(0, 1, Flow.WORKER, flow.now().plus(Duration.ofHours(1))));
        flow.afterSeconds(601);

        Decision decision = flow.send(REAP);

        assertThat(decision.next().current().error()).isEqualTo("stage timed out after 600s");
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class))
                .containsExactly(new Effect.ScheduleStage(0, 2, Duration.ofSeconds(2)));
    }

    @Test
    void a_retried_attempt_gets_its_own_timeout_budget() {
        Flow slow = Flow.of(withRetry(withTimeout(stage("fetch"), 600), exponential(3, Duration.ofMinutes(1))));
        slow.send(new RunSignal.Deliver(0, 1, Flow.WORKER, slow.now().plus(Duration.ofHours(2))));
        slow.afterSeconds(660);
        slow.send(REAP);
        slow.afterSeconds(2);
        slow.send(new RunSignal.Deliver(0, 2, Flow.WORKER, slow.now().plus(Duration.ofHours(2))));

        slow.afterSeconds(599);
        assertThat(slow.send(REAP)).as("attempt 2 ran 599 s").isEqualTo(Decision.ignore());
        slow.afterSeconds(180);
        assertThat(slow.send(REAP).next().current().error()).isEqualTo("stage timed out after 600s");
    }

    @Test
    void lost_wake_up_is_sent_again_without_a_state_change() {
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(Duration.ofMinutes(10)));
        Run before = flow.run();
        flow.after(Duration.ofMinutes(12));
        assertThat(flow.send(REAP)).as("within the grace").isEqualTo(Decision.ignore());
        flow.afterSeconds(1);

        Decision decision = flow.send(REAP);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
        assertThat(Flow.logLines(decision)).singleElement().asString().startsWith("warn: wake-up of stage sleep");
        assertThat(flow.run()).isSameAs(before);
    }

    @Test
    void lost_retry_message_is_sent_again_for_the_next_attempt() {
        flow.deliver(0, 1);
        flow.fail(0, 1, "HTTP 503", true);
        flow.afterSeconds(123);

        Decision decision = flow.send(REAP);

        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(0, 2));
    }

    @Test
    void queued_run_that_never_started_is_sent_again_after_five_minutes() {
        flow.after(Duration.ofMinutes(5));
        assertThat(flow.send(REAP)).isEqualTo(Decision.ignore());
        flow.afterSeconds(1);

        Decision decision = flow.send(REAP);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(0, 1));
        assertThat(flow.run().version()).isEqualTo(1);
    }
}
