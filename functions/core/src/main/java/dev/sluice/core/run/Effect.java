package dev.sluice.core.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Something a {@link Decision} asks its caller to do through a port. Effects are idempotent by
 * {@code (run_id, stage, attempt)}, so re-applying a decision after a crash does no harm.
 */
public sealed interface Effect {

    /** Execute this attempt of this stage now, in the current invocation. */
    record ExecuteStage(int stageIndex, int attempt) implements Effect {
        public ExecuteStage {
            Attempts.requirePositive(attempt);
        }
    }

    /**
     * Send a stage-queue message for ({@code stageIndex}, {@code attempt}) with this delay. A worker
     * may chain a zero-delay message inline while it has time left.
     *
     * @param delay between zero and {@link #MAX_DELAY}; longer waits are chained by the decider
     */
    record ScheduleStage(int stageIndex, int attempt, Duration delay) implements Effect {

        /** The longest delay an SQS message accepts ({@code DelaySeconds} 900). */
        public static final Duration MAX_DELAY = Duration.ofSeconds(900);

        public ScheduleStage {
            Attempts.requirePositive(attempt);
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("delay must be between 0 and 900 s, was " + delay);
            }
        }

        /** A message due at once. */
        public static ScheduleStage now(int stageIndex, int attempt) {
            return new ScheduleStage(stageIndex, attempt, Duration.ZERO);
        }

        /** A message due after {@code delay}, clamped to 0..900 s (the rest of a longer wait is chained). */
        public static ScheduleStage capped(int stageIndex, int attempt, Duration delay) {
            Duration clamped = delay.isNegative() ? Duration.ZERO : delay;
            return new ScheduleStage(stageIndex, attempt, clamped.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : clamped);
        }
    }

    /** Release the automation's lock (its concurrency slot): the run is over. */
    record ReleaseLock() implements Effect {
    }

    /** Charge a passed stage's cost; emitted exactly once per passed stage, only for a positive amount. */
    record ChargeCredits(String stageName, int attempt, long amount) implements Effect {
        public ChargeCredits {
            Objects.requireNonNull(stageName, "stageName");
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }
    }

    /**
     * A human line for the run log.
     *
     * @param level {@code info}, {@code warn} or {@code error}
     */
    record Log(String level, String message) implements Effect {

        private static final Set<String> LEVELS = Set.of("info", "warn", "error");

        public Log {
            if (!LEVELS.contains(level)) {
                throw new IllegalArgumentException("log level must be info, warn or error, was " + level);
            }
            Objects.requireNonNull(message, "message");
        }

        public static Log info(String message) {
            return new Log("info", message);
        }

        public static Log warn(String message) {
            return new Log("warn", message);
        }

        public static Log error(String message) {
            return new Log("error", message);
        }
    }
}
