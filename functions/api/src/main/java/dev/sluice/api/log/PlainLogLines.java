package dev.sluice.api.log;

import dev.sluice.core.log.LogLine;
import java.util.Locale;

/** The {@code text/plain} form of a log line: {@code <seq> <ts> <LEVEL> [<stage>#<attempt>] <message>}. */
final class PlainLogLines {

    private PlainLogLines() {
    }

    static String format(LogLine line) {
        StringBuilder out = new StringBuilder();
        out.append(line.seq()).append(' ').append(line.ts()).append(' ')
                .append(line.level().wireName().toUpperCase(Locale.ROOT)).append(' ');
        if (line.stage() != null) {
            out.append('[').append(line.stage()).append('#').append(line.attempt()).append("] ");
        }
        // One log line is one text line: embedded line breaks are shown, not obeyed.
        return out.append(line.message().replace("\r", "\\r").replace("\n", "\\n")).toString();
    }
}
