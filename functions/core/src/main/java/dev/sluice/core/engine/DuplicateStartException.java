package dev.sluice.core.engine;

import dev.sluice.core.error.ConflictException;

/**
 * A start whose {@link RunTrigger#startKey() start key} was already used: the run it started is
 * {@link #existingRunId()} (a webhook answers with it; the scheduler moves on).
 */
public final class DuplicateStartException extends ConflictException {

    private final String existingRunId;

    public DuplicateStartException(String startKey, String existingRunId) {
        super("a run was already started for " + startKey + ": " + existingRunId);
        this.existingRunId = existingRunId;
    }

    public String existingRunId() {
        return existingRunId;
    }
}
