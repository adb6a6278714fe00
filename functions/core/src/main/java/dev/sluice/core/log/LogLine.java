package dev.sluice.core.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored line of a run's log. {@code seq} starts at 1 and is gapless and increasing per run, across
 * invocations, retries and re-deliveries; it is also the SSE event id. Wire form (snake_case):
 * {@code {"seq", "ts", "stage", "attempt", "level", "message"}}; {@code stage} is null (and
 * {@code attempt} 0) for run-level lines.
 */
public record LogLine(long seq, Instant ts, String stage, int attempt, LogLevel level, String message) {

    /** The wire form, in field order: {@code seq, ts, stage, attempt, level, message}. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("seq", seq);
        wire.put("ts", ts.toString());
        wire.put("stage", stage);
        wire.put("attempt", attempt);
        wire.put("level", level.wireName());
        wire.put("message", message);
        return wire;
    }

    /** Reads the {@link #toWire() wire form} back; malformed input throws {@link IllegalArgumentException}. */
    public static LogLine fromWire(Map<?, ?> wire) {
        try {
            return new LogLine(((Number) wire.get("seq")).longValue(), Instant.parse((String) wire.get("ts")),
                    (String) wire.get("stage"), ((Number) wire.get("attempt")).intValue(),
                    LogLevel.of((String) wire.get("level")), (String) wire.get("message"));
        } catch (ClassCastException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a log line: " + wire, e);
        }
    }

    public LogLine {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
    }
}
