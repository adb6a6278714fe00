package dev.sluice.core.automation;

import java.util.Map;

/**
 * Operational settings an operator tunes without editing stages (GET/PUT .../config). Null means
 * "use the stage definition's own value".
 *
 * @param batchSize         items per batch for every {@code for_each} stage
 * @param batchDelaySeconds pause between batches for every {@code for_each} stage
 * @param stageCredits      stage name → credits charged when it passes
 * @param maxRetries        retries after the first attempt, for every stage (max_attempts = 1 + this)
 */
public record AutomationConfig(Integer batchSize, Integer batchDelaySeconds, Map<String, Long> stageCredits,
                               Integer maxRetries) {

    public static final AutomationConfig DEFAULT = new AutomationConfig(null, null, Map.of(), null);

    public AutomationConfig {
        stageCredits = stageCredits == null ? Map.of() : Map.copyOf(stageCredits);
    }
}
