package dev.sluice.core.stage;

import java.util.Locale;

/** What a stage's final failure does to its run. */
public enum FailurePolicy {
    /** The run fails. */
    FAIL,
    /** The stage is marked failed and the run goes on with the next stage. */
    CONTINUE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
