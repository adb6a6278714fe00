package dev.sluice.core.log;

import java.util.List;

/**
 * Where a run's log lines are stored (port). The AWS adapter keeps the lines in S3 chunk objects under
 * {@code tenants/{tenant}/runs/{run_id}/logs/} and one small DynamoDB index item per chunk that commits it
 * (a conditional put keyed by the chunk's first seq), so seqs stay gapless and unique under concurrent
 * writers, crashes and re-deliveries. Every method is tenant-scoped; an unknown run reads as an empty log.
 */
public interface RunLogStore {

    /** Most lines one {@link #after} or {@link #tail} call returns. */
    int MAX_LINES = 5000;

    /**
     * Stores {@code lines} (in order) as one chunk after the run's current last line and returns them
     * numbered. An empty list stores nothing and returns an empty list, unless {@code close} is set.
     *
     * @param close the run has ended and these are its last lines: readers then see the log as
     *              {@link LogPage#closed() closed} (a live stream ends)
     */
    List<LogLine> append(String teamId, String runId, List<PendingLine> lines, boolean close);

    /** Up to {@code limit} (1..{@link #MAX_LINES}) lines with seq greater than {@code afterSeq}, in order. */
    LogPage after(String teamId, String runId, long afterSeq, int limit);

    /** The last {@code count} (1..{@link #MAX_LINES}) lines, in order. */
    LogPage tail(String teamId, String runId, int count);
}
