package dev.sluice.core.schedule;

import dev.sluice.core.auth.TeamId;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks whether a maintenance window holds back a run start: the first window of the tenant that applies to the
 * automation, is active now and whose {@link AutonomyOverride} blocks this trigger. One store read per call.
 */
public final class MaintenanceGate {

    /** No windows at all: for functions and tests without a window store. */
    public static final MaintenanceGate OPEN = new MaintenanceGate(null);

    private final MaintenanceWindowStore windows;

    public MaintenanceGate(MaintenanceWindowStore windows) {
        this.windows = windows;
    }

    public Optional<StoredWindow> blocking(TeamId team, String automationId, TriggerKind kind, boolean adminForce,
                                           Instant now) {
        if (windows == null) {
            return Optional.empty();
        }
        return windows.all(team).stream()
                .filter(w -> new WindowActivity(w.window()).blocks(automationId, kind, adminForce, now))
                .findFirst();
    }
}
