package dev.sluice.aws.log;

import dev.sluice.core.log.LogLine;
import dev.sluice.core.rules.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The S3 object of one log chunk: newline-delimited JSON, one {@link LogLine#toWire() wire line} per line. */
final class LogChunkObjects {

    private LogChunkObjects() {
    }

    static String key(String team, String runId, long firstSeq, String writer) {
        return "tenants/" + team + "/runs/" + runId + "/logs/" + LogChunkItems.pad(firstSeq) + "-" + writer + ".ndjson";
    }

    static String encode(List<LogLine> lines) {
        StringBuilder out = new StringBuilder();
        for (LogLine line : lines) {
            out.append(Json.write(line.toWire())).append('\n');
        }
        return out.toString();
    }

    static List<LogLine> decode(String text) {
        List<LogLine> lines = new ArrayList<>();
        for (String row : text.split("\n")) {
            if (!row.isBlank()) {
                lines.add(LogLine.fromWire((Map<?, ?>) Json.parse(row)));
            }
        }
        return lines;
    }
}
