package dev.sluice.core.log;

import dev.sluice.core.run.Run;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a reader has seen a run's whole log: the run is terminal, every stored line up to the page's
 * last seq was read, and the log was closed after the run ended. A run that ended over {@link #CLOSE_GRACE}
 * ago counts as closed even without the mark (its worker died before it could close the log), so a live
 * stream always ends.
 */
public final class LogCompleteness {

    public static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private LogCompleteness() {
    }

    /**
     * @param readUpTo the highest seq the reader has now (the last line it was given, or the seq it asked after)
     */
    public static boolean complete(Run run, LogPage page, long readUpTo, Instant now) {
        return complete(run.isTerminal(), run.finishedAt(), page, readUpTo, now, CLOSE_GRACE);
    }

    /**
     * The same rule from a run's terminal flag and finish time, with the grace a caller chose.
     *
     * @param finishedAt when the run ended (null while it is active)
     */
    public static boolean complete(boolean terminal, Instant finishedAt, LogPage page, long readUpTo, Instant now,
                                   Duration closeGrace) {
        if (!terminal || readUpTo < page.lastSeq()) {
            return false;
        }
        return page.closed() || (finishedAt != null && !now.isBefore(finishedAt.plus(closeGrace)));
    }
}
