package dev.sluice.core.engine;

import dev.sluice.core.error.ConflictException;

/**
 * A start a maintenance window held back (409). The skipped run recorded in the automation's history is
 * {@link #skippedRunId()}.
 */
public final class SuppressedStartException extends ConflictException {

    private final String windowId;
    private final String skippedRunId;

    public SuppressedStartException(String detail, String windowId, String skippedRunId) {
        super(detail);
        this.windowId = windowId;
        this.skippedRunId = skippedRunId;
    }

    public String windowId() {
        return windowId;
    }

    public String skippedRunId() {
        return skippedRunId;
    }
}
