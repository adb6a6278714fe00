package dev.sluice.core.automation;

import java.time.Instant;

/**
 * One fixed one-minute rate window, {@code [epochMinute × 60 s, (epochMinute + 1) × 60 s)} UTC.
 *
 * @param epochMinute whole minutes since the epoch
 */
public record MinuteWindow(long epochMinute) {

    public static MinuteWindow of(Instant now) {
        return new MinuteWindow(Math.floorDiv(now.getEpochSecond(), 60));
    }

    public Instant start() {
        return Instant.ofEpochSecond(epochMinute * 60);
    }

    public Instant end() {
        return Instant.ofEpochSecond((epochMinute + 1) * 60);
    }

    /** Whole seconds from {@code now} until the window ends, rounded up, at least 1 (a {@code Retry-After}). */
    public long secondsLeft(Instant now) {
        long millis = end().toEpochMilli() - now.toEpochMilli();
        return Math.max(1, Math.ceilDiv(millis, 1000));
    }
}
