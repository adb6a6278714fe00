package dev.sluice.core.run;

import java.util.Locale;

/**
 * Where a run is: {@code queued → running ⇄ paused}, {@code running → waiting → running}, then terminal.
 * {@code skipped} is terminal from the start: a trigger that a maintenance window held back leaves a skipped
 * run in the history (never queued, never executed, holding no slot).
 */
public enum RunStatus {
    QUEUED, RUNNING, PAUSED, WAITING, SUCCEEDED, FAILED, CANCELLED, SKIPPED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == SKIPPED;
    }

    /** Active runs hold the automation's lock and count against its concurrency. */
    public boolean isActive() {
        return !isTerminal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
