package dev.sluice.core.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored line of a run's log. {@code seq} starts at 1 and is gapless and increasing per run, across
 * invocations, retries and re-deliveries; it is also the SSE event id. Wire form (snake_case):
 * {@code {"seq", "ts", "stage", "attempt", "level", "message"}}; {@code stage} is null (and
 * {@code attempt} 0) for run-level lines.
 */
public record LogLine(long seq, Instant ts, String stage, int attempt, LogLevel level, String message) {

    public LogLine {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
    }
}
