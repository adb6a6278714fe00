package dev.sluice.core.run;

import static dev.sluice.core.run.Flow.T0;
import static dev.sluice.core.run.TestStages.exponential;
import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.withRetry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.RetryPolicy;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rule 2's failure path: retries with backoff, and final failures that fail the run. */
class RetryTest {

    private final Flow flow = Flow.of(stage("fetch"), stage("shape"), stage("store"));

    @Test
    void retriable_failure_waits_and_schedules_the_next_attempt() {
        flow.deliver(0, 1);

        Decision decision = flow.fail(0, 1, "HTTP 503", true);

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.WAITING);
        assertThat(run.wakeAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(run.leaseOwner()).isNull();
        assertThat(run.current().status()).isEqualTo(StageStatus.PENDING);
        assertThat(run.current().attempts()).isEqualTo(1);
        assertThat(run.current().error()).isEqualTo("HTTP 503");
        assertThat(decision.effects()).containsExactly(new Effect.ScheduleStage(0, 2, Duration.ofSeconds(2)),
                Effect.Log.warn("retrying fetch in 2s (attempt 2 of 3): HTTP 503"));
    }

    @Test
    void retry_delay_grows_and_is_capped() {
        Flow capped = Flow.of(withRetry(stage("fetch"), exponential(6, Duration.ofSeconds(10))));
        long[] expectedSeconds = {2, 4, 8, 10, 10};

        for (int attempt = 1; attempt <= 5; attempt++) {
            capped.deliver(0, attempt);
            Decision decision = capped.fail(0, attempt, "timeout", true);
            Duration expected = Duration.ofSeconds(expectedSeconds[attempt - 1]);
            assertThat(Flow.effects(decision, Effect.ScheduleStage.class))
                    .containsExactly(new Effect.ScheduleStage(0, attempt + 1, expected));
            capped.after(Duration.ofSeconds(expectedSeconds[attempt - 1]));
        }
    }

    @Test
    void retry_delay_is_jittered_by_the_given_random_within_the_policy() {
        Flow jittered = Flow.of(stage("fetch")).random(new Random(42));
        jittered.deliver(0, 1);

        Decision decision = jittered.fail(0, 1, "HTTP 503", true);

        Duration delay = Flow.effects(decision, Effect.ScheduleStage.class).getFirst().delay();
        assertThat(delay).isBetween(Duration.ofMillis(1600), Duration.ofSeconds(2));
        assertThat(decision.next().wakeAt()).isEqualTo(T0.plus(delay));
        Flow same = Flow.of(stage("fetch")).random(new Random(42));
        same.deliver(0, 1);
        assertThat(same.fail(0, 1, "HTTP 503", true).effects()).as("same seed, same delay")
                .isEqualTo(decision.effects());
    }

    @Test
    void exhausted_retries_fail_the_run_skip_the_rest_and_release_the_lock() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            flow.deliver(0, attempt);
            flow.fail(0, attempt, "HTTP 503", true);
            flow.afterSeconds(60);
        }
        flow.deliver(0, 3);

        Decision decision = flow.fail(0, 3, "HTTP 503", true);

        Run run = decision.next();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("stage fetch failed: HTTP 503");
        assertThat(run.finishedAt()).isEqualTo(flow.now());
        assertThat(run.stages()).extracting(StageState::status)
                .containsExactly(StageStatus.FAILED, StageStatus.SKIPPED, StageStatus.SKIPPED);
        assertThat(run.current().error()).isEqualTo("HTTP 503");
        assertThat(decision.effects()).containsExactly(new Effect.ReleaseLock(),
                Effect.Log.error("run failed: stage fetch failed: HTTP 503"));
    }

    @Test
    void non_retriable_failure_fails_the_run_at_once() {
        flow.deliver(0, 1);

        Decision decision = flow.fail(0, 1, "401 Unauthorized", false);

        assertThat(decision.next().status()).isEqualTo(RunStatus.FAILED);
        assertThat(decision.next().current().attempts()).isEqualTo(1);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).isEmpty();
    }

    @Test
    void cancel_requested_before_a_retriable_failure_cancels_instead_of_retrying() {
        flow.deliver(0, 1);
        flow.send(new RunSignal.CancelRequested());

        Decision decision = flow.fail(0, 1, "HTTP 503", true);

        assertThat(decision.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).isEmpty();
    }

    @Test
    void backoff_longer_than_the_sqs_maximum_is_chained_in_900_second_steps() {
        Duration twentyMinutes = Duration.ofMinutes(20);
        Flow slow = Flow.of(withRetry(stage("fetch"), new RetryPolicy(2, twentyMinutes, 1.0, twentyMinutes, 0.0)));
        slow.deliver(0, 1);

        Decision failed = slow.fail(0, 1, "rate limited", true);
        slow.afterSeconds(900);
        Decision early = slow.deliver(0, 2);
        slow.afterSeconds(300);
        Decision due = slow.deliver(0, 2);

        assertThat(failed.next().wakeAt()).isEqualTo(T0.plus(twentyMinutes));
        assertThat(Flow.effects(failed, Effect.ScheduleStage.class))
                .containsExactly(new Effect.ScheduleStage(0, 2, Duration.ofSeconds(900)));
        assertThat(early.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(early.effects()).containsExactly(new Effect.ScheduleStage(0, 2, Duration.ofSeconds(300)));
        assertThat(Flow.effects(due, Effect.ExecuteStage.class)).containsExactly(new Effect.ExecuteStage(0, 2));
    }
}
