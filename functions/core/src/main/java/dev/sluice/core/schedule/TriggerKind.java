package dev.sluice.core.schedule;

import java.util.Locale;

/** What asked for a run: a person through the API, the scheduler, a webhook, or an event rule. */
public enum TriggerKind {
    MANUAL, SCHEDULE, WEBHOOK, EVENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for any other name */
    public static TriggerKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
