package dev.sluice.core.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An automation's run bookkeeping, kept on its slot item: the active runs holding its concurrency slots,
 * how many runs started, how many ended in each terminal status, and its latest run.
 *
 * @param finished terminal status wire name ({@code succeeded}, {@code failed}, {@code cancelled}) → count
 */
public record RunCounters(Set<String> activeRunIds, long started, Map<String, Long> finished, String lastRunId,
                          Instant lastRunAt) {

    public static final RunCounters NONE = new RunCounters(Set.of(), 0, Map.of(), null, null);

    public RunCounters {
        activeRunIds = Set.copyOf(activeRunIds);
        finished = Map.copyOf(finished);
    }
}
