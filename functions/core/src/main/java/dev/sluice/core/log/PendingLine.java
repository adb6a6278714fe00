package dev.sluice.core.log;

import java.time.Instant;
import java.util.Objects;

/** A line written but not yet numbered: {@link RunLogStore#append} gives it its {@code seq}. */
public record PendingLine(Instant ts, String stage, int attempt, LogLevel level, String message) {

    public PendingLine {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    public LogLine numbered(long seq) {
        return new LogLine(seq, ts, stage, attempt, level, message);
    }
}
