package dev.sluice.core.stage;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything an executor may use for one attempt of one stage. {@code params} are raw: the
 * executor interpolates {@code ${input.x}} and {@code ${context.x}} itself (see {@link Templates}).
 *
 * @param item      the current {@code for_each} item, or null for an unbatched stage
 * @param itemIndex the index of {@code item} in the {@code for_each} list, or -1 for an unbatched stage
 * @param remaining how long the invocation may still take before the function's deadline
 * @param log       the run log of this attempt ({@link StageLogger#NONE} when there is none)
 */
public record StageInvocation(String teamId, String runId, String stageName, int attempt,
                              Map<String, Object> params, Map<String, Object> input, Map<String, Object> context,
                              Object item, int itemIndex, Instant now, Duration remaining, StageLogger log) {

    public StageInvocation {
        log = log == null ? StageLogger.NONE : log;
    }

    /** An invocation without a run log. */
    public StageInvocation(String teamId, String runId, String stageName, int attempt, Map<String, Object> params,
                           Map<String, Object> input, Map<String, Object> context, Object item, int itemIndex,
                           Instant now, Duration remaining) {
        this(teamId, runId, stageName, attempt, params, input, context, item, itemIndex, now, remaining,
                StageLogger.NONE);
    }

    /**
     * The idempotency key of this attempt's side effects: {@code run_id:stage:attempt}, and
     * {@code run_id:stage:attempt:item_index} for a {@code for_each} item, so that every item is its own call.
     */
    public String idempotencyKey() {
        String key = runId + ":" + stageName + ":" + attempt;
        return itemIndex < 0 ? key : key + ":" + itemIndex;
    }
}
