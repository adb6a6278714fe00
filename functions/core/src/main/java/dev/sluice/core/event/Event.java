package dev.sluice.core.event;

import dev.sluice.core.rules.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event a tenant emitted: {@code {type, payload, dedupe_key}}, with its id ({@code evt_…}) and arrival
 * time. It travels through the events queue as {@link #encode() JSON} and starts the runs its rules match;
 * each run gets {@link #runInput()} as input.
 */
public record Event(String id, String teamId, String type, Map<String, Object> payload, String dedupeKey,
                    Instant receivedAt) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        payload = payload == null ? Map.of() : payload;
    }

    /** What a rule sees: {@code {"type", "payload"}}. */
    public Map<String, Object> ruleData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("payload", payload);
        return data;
    }

    /** A run's input: {@code {"event_id", "type", "payload"}}, so the run records which event started it. */
    public Map<String, Object> runInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("event_id", id);
        input.put("type", type);
        input.put("payload", payload);
        return input;
    }

    /** The queue message body; {@code "event_id"} tells it apart from a stage message. */
    public String encode() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event_id", id);
        body.put("team_id", teamId);
        body.put("type", type);
        body.put("payload", payload);
        body.put("dedupe_key", dedupeKey);
        body.put("received_at", receivedAt.toString());
        return Json.write(body);
    }

    /** Reads {@link #encode()}'s form; anything else is an {@link IllegalArgumentException}. */
    @SuppressWarnings("unchecked")
    public static Event decode(String body) {
        try {
            Map<String, Object> m = (Map<String, Object>) Json.parse(body);
            return new Event((String) m.get("event_id"), (String) m.get("team_id"), (String) m.get("type"),
                    (Map<String, Object>) m.get("payload"), (String) m.get("dedupe_key"),
                    Instant.parse((String) m.get("received_at")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an event message: " + e.getMessage(), e);
        }
    }

    /** Whether a queue body is an event (rather than a stage message). */
    public static boolean isEventBody(String body) {
        return body != null && body.contains("\"event_id\"");
    }
}
