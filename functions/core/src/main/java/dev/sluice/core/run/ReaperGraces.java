package dev.sluice.core.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the reaper waits before it assumes a stage message was lost and sends it again.
 *
 * @param wake   how late a due message (a wake-up, a retry, the next stage, the next batch chunk) may be
 * @param queued how long a queued run may wait for its first delivery
 */
public record ReaperGraces(Duration wake, Duration queued) {

    /** Production graces: 120 s past a due message, 5 min for a run that never started. */
    public static final ReaperGraces DEFAULT = new ReaperGraces(Duration.ofSeconds(120), Duration.ofMinutes(5));

    public ReaperGraces {
        Objects.requireNonNull(wake, "wake");
        Objects.requireNonNull(queued, "queued");
        if (wake.isNegative() || queued.isNegative()) {
            throw new IllegalArgumentException("reaper graces must not be negative");
        }
    }

    /** Graces in whole seconds (configuration); a non-positive value keeps the default. */
    public static ReaperGraces ofSeconds(long wakeSeconds, long queuedSeconds) {
        return new ReaperGraces(wakeSeconds > 0 ? Duration.ofSeconds(wakeSeconds) : DEFAULT.wake(),
                queuedSeconds > 0 ? Duration.ofSeconds(queuedSeconds) : DEFAULT.queued());
    }
}
