package dev.sluice.core.automation;

import dev.sluice.core.schedule.ScheduleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What starts an automation besides a person: its cron {@code schedule} (or null), the event types it
 * listens to with an optional JSONLogic {@code rule} over {@code {type, payload}}, and the optional HMAC
 * secret its webhook requires ({@code X-Sluice-Signature}). The secret is write-only on the wire.
 */
public record AutomationTriggers(ScheduleSpec schedule, List<String> events, Object eventRule, String webhookSecret) {

    public static final AutomationTriggers NONE = new AutomationTriggers(null, List.of(), null, null);

    public AutomationTriggers {
        events = List.copyOf(events);
    }

    public boolean listensTo(String eventType) {
        return events.contains(eventType);
    }

    public boolean scheduled() {
        return schedule != null && schedule.enabled();
    }

    public AutomationTriggers withWebhookSecret(String secret) {
        return new AutomationTriggers(schedule, events, eventRule, secret);
    }

    /** The wire and stored form of {@code triggers}: {@code {"events": [...], "rule": ...}}. */
    public Map<String, Object> eventsMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", events);
        m.put("rule", eventRule);
        return m;
    }
}
