package dev.sluice.core.run;

import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A failed attempt of the current stage, reported by the worker or found by the reaper: retried after
 * a backoff while the stage's {@link RetryPolicy} allows, else a final failure that fails the run or,
 * with {@link FailurePolicy#CONTINUE}, lets it go on.
 */
final class AttemptFailure {

    private AttemptFailure() {
    }

    /**
     * @param run        a draft whose current stage is {@code index}
     * @param attempt    the attempt that failed
     * @param retriable  false skips the remaining attempts
     */
    static Decision handle(RunDraft run, StageDefinition definition, int index, int attempt, String error,
                           boolean retriable, Instant now, RandomGenerator random, List<Effect> effects) {
        run.releaseLease();
        StageState stage = run.stage(index);
        RetryPolicy policy = Attempts.retryPolicy(definition);
        if (retriable && policy.allowsRetryAfter(attempt)) {
            Duration delay = policy.delayBefore(attempt + 1, random);
            run.stage(index, StageStates.retrying(stage, error));
            Effect.Log note = Effect.Log.warn("retrying " + stage.name() + " in " + seconds(delay) + " (attempt "
                    + (attempt + 1) + " of " + policy.maxAttempts() + "): " + error);
            return Checkpoint.hold(run, index, attempt + 1, delay, now, effects, note);
        }
        run.stage(index, StageStates.failed(stage, now, error));
        if (definition.onFailure() == FailurePolicy.CONTINUE) {
            effects.add(Effect.Log.warn("stage " + stage.name() + " failed; continuing with the next stage: " + error));
            return Checkpoint.continueAt(run, index + 1, now, effects);
        }
        return RunEndings.fail(run, "stage " + stage.name() + " failed: " + error, now, effects);
    }

    /** {@code 2s}, or {@code 1.6s} when the delay is not whole seconds. */
    static String seconds(Duration delay) {
        long millis = delay.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
}
