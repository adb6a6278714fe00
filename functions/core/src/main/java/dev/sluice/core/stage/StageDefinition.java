package dev.sluice.core.stage;

import java.util.Map;

/**
 * One stage of an automation as its author wrote it (validated).
 *
 * @param name              unique within the automation
 * @param type              the executor key ({@code http}, {@code transform}, ...)
 * @param params            executor parameters, checked against the executor's schema
 * @param retry             attempts and backoff
 * @param timeoutSeconds    how long one attempt may run (or a wait may last) before the reaper fails it
 * @param credits           credits charged when the stage passes; null means the executor's default
 * @param onFailure         what a final failure does to the run
 * @param forEach           a context path holding a list to process item by item; null for none
 * @param batchSize         items per batch when {@code forEach} is set
 * @param batchDelaySeconds pause between batches
 */
public record StageDefinition(String name, String type, Map<String, Object> params, RetryPolicy retry,
                              int timeoutSeconds, Long credits, FailurePolicy onFailure, String forEach,
                              int batchSize, int batchDelaySeconds) {

    public StageDefinition {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public boolean isBatched() {
        return forEach != null;
    }
}
