package dev.sluice.core.stream;

import dev.sluice.core.log.LogLine;
import dev.sluice.core.rules.Json;
import dev.sluice.core.run.RunStatus;
import java.util.Map;

/**
 * The three events of a run's log stream: {@code log} (id = the line's seq, data = its wire form),
 * {@code status} (data {@code {"status"}}, no id) and {@code end} (data {@code {"status"}} with the
 * terminal status, no id). Events without an id leave the client's last event id as it was.
 */
public final class RunStreamEvents {

    public static final String LOG = "log";
    public static final String STATUS = "status";
    public static final String END = "end";

    private RunStreamEvents() {
    }

    public static void log(SseWriter out, LogLine line) {
        out.event(Long.toString(line.seq()), LOG, Json.write(line.toWire()));
    }

    public static void status(SseWriter out, RunStatus status) {
        out.event(null, STATUS, Json.write(Map.of("status", status.wireName())));
    }

    public static void end(SseWriter out, RunStatus status) {
        out.event(null, END, Json.write(Map.of("status", status.wireName())));
    }
}
