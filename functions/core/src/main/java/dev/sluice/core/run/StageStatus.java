package dev.sluice.core.run;

import java.util.Locale;

/** Where one stage of a run is. */
public enum StageStatus {
    PENDING, RUNNING, WAITING, PASSED, FAILED, SKIPPED, CANCELLED;

    public boolean isTerminal() {
        return this == PASSED || this == FAILED || this == SKIPPED || this == CANCELLED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StageStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
