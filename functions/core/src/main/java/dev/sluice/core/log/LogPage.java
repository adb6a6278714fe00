package dev.sluice.core.log;

import java.util.List;

/**
 * Lines read from a run's log, in seq order.
 *
 * @param lines   the lines
 * @param lastSeq the highest seq stored for the run when read (0 when the log is empty)
 * @param closed  the log was closed: the run ended and its last lines were written after it did
 *                (see {@link RunLogStore#append})
 */
public record LogPage(List<LogLine> lines, long lastSeq, boolean closed) {

    public LogPage {
        lines = List.copyOf(lines);
    }

    /** The seq of the last line of this page, or {@code after} when the page is empty. */
    public long nextAfter(long after) {
        return lines.isEmpty() ? after : lines.get(lines.size() - 1).seq();
    }
}
