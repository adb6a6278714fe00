package dev.sluice.core.stream;

import java.util.ArrayList;
import java.util.List;

/** Reads a text/event-stream body as a browser's EventSource does (fields, multi-line data, retry). */
final class SseParser {

    /** One dispatched event; {@code lastEventId} is the client's last event id after it. */
    record Event(String type, String data, String lastEventId) {
    }

    record Parsed(List<Event> events, Long retry, String lastEventId) {
        List<String> types() {
            return events.stream().map(Event::type).toList();
        }
    }

    static Parsed parse(String body, String lastEventId) {
        List<Event> events = new ArrayList<>();
        String id = lastEventId;
        String type = "";
        StringBuilder data = new StringBuilder();
        boolean hasData = false;
        Long retry = null;
        for (String line : body.split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (hasData) {
                    events.add(new Event(type.isEmpty() ? "message" : type, data.toString(), id));
                }
                type = "";
                data.setLength(0);
                hasData = false;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value;
                case "event" -> type = value;
                case "retry" -> retry = Long.parseLong(value);
                case "data" -> {
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                }
                default -> { }
            }
        }
        return new Parsed(events, retry, id);
    }
}
