package dev.sluice.core.run;

import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** Which attempt of the current stage a run expects next, and how long an attempt may take. */
final class Attempts {

    /** No attempt is expected: the stage is held by a worker or already finished. */
    static final int NONE = 0;

    /**
     * Slack added per retry to a stage's timeout budget: one reaper tick plus a late delivery, so a retry
     * is never timed out before it had {@code timeoutSeconds} of its own.
     */
    static final Duration RETRY_SLACK = Duration.ofSeconds(120);

    /** A generator whose {@code nextDouble()} is 0: the nominal (un-jittered, longest) backoff. */
    private static final RandomGenerator NO_JITTER = () -> 0L;

    private Attempts() {
    }

    static void requirePositive(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }

    /**
     * The attempt a delivery for the current stage must carry: {@code attempts + 1} for a pending stage;
     * {@code attempts} for a waiting stage and for a running stage whose lease was released between batch
     * chunks; {@link #NONE} otherwise (a worker holds the stage, or it is finished).
     */
    static int expected(Run run) {
        StageState stage = run.current();
        if (stage == null) {
            return NONE;
        }
        return switch (stage.status()) {
            case PENDING -> stage.attempts() + 1;
            case WAITING -> stage.attempts();
            case RUNNING -> run.leaseOwner() == null ? stage.attempts() : NONE;
            case PASSED, FAILED, SKIPPED, CANCELLED -> NONE;
        };
    }

    /** The retry policy of a definition; a definition without one gets {@link RetryPolicy#DEFAULT}. */
    static RetryPolicy retryPolicy(StageDefinition definition) {
        return definition.retry() == null ? RetryPolicy.DEFAULT : definition.retry();
    }

    /**
     * When the running attempt of a stage times out. The run keeps only the stage's first start, so the
     * budget of attempt {@code k} is the first start plus {@code k} timeouts plus, per retry, the nominal
     * backoff and {@link #RETRY_SLACK}. For the first attempt that is exactly {@code startedAt + timeout}.
     */
    static Instant deadline(StageState stage, StageDefinition definition) {
        Duration timeout = Duration.ofSeconds(definition.timeoutSeconds());
        RetryPolicy policy = retryPolicy(definition);
        Instant deadline = stage.startedAt().plus(timeout);
        for (int next = 2; next <= stage.attempts(); next++) {
            deadline = deadline.plus(policy.delayBefore(next, NO_JITTER)).plus(RETRY_SLACK).plus(timeout);
        }
        return deadline;
    }
}
