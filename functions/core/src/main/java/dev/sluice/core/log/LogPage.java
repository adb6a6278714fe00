package dev.sluice.core.log;

import java.util.List;

/**
 * Lines read from a run's log, in seq order.
 *
 * @param lines   the lines
 * @param lastSeq the highest seq stored for the run when read (0 when the log is empty)
 */
public record LogPage(List<LogLine> lines, long lastSeq) {

    public LogPage {
        lines = List.copyOf(lines);
    }
}
