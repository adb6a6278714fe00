package dev.sluice.core.schedule;

import java.util.Locale;
import java.util.Optional;

/** What an active maintenance window does to the automations in its scope. */
public enum AutonomyOverride {
    /** Nothing starts, except a manual run by an admin who forces it. */
    DISABLED,
    /** Only manual runs start; schedules, webhooks and events are held back. */
    MANUAL_ONLY;

    /**
     * @param adminForce the run is manual, asked by an admin, with {@code force}
     * @return whether a run with this trigger must not start while the window is active
     */
    public boolean blocksTrigger(TriggerKind kind, boolean adminForce) {
        return switch (this) {
            case MANUAL_ONLY -> kind != TriggerKind.MANUAL;
            case DISABLED -> !(kind == TriggerKind.MANUAL && adminForce);
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The override named {@code value} on the wire ({@code disabled}, {@code manual_only}), if any. */
    public static Optional<AutonomyOverride> fromWire(String value) {
        for (AutonomyOverride override : values()) {
            if (override.wireName().equals(value)) {
                return Optional.of(override);
            }
        }
        return Optional.empty();
    }
}
