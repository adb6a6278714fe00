package dev.sluice.core.run;

import java.time.Instant;

/**
 * The state of one stage within one run.
 *
 * @param attempts   attempts started so far (1-based count)
 * @param result     a small JSON-compatible summary of the last passed attempt, or null
 * @param error      the last failure's message, or null
 * @param itemsDone  for a {@code for_each} stage: items processed so far
 * @param itemsTotal for a {@code for_each} stage: items in the list (0 for an unbatched stage)
 */
public record StageState(String name, String type, StageStatus status, int attempts, Instant startedAt,
                         Instant finishedAt, Object result, String error, int itemsDone, int itemsTotal) {

    public static StageState pending(String name, String type) {
        return new StageState(name, type, StageStatus.PENDING, 0, null, null, null, null, 0, 0);
    }
}
