package dev.sluice.core.schedule;

import java.time.Instant;
import java.util.Objects;

/** A maintenance window as stored for a tenant: its id ({@code mw_…}), the window, and its version. */
public record StoredWindow(String id, String teamId, MaintenanceWindow window, long version, Instant createdAt,
                           Instant updatedAt) {

    public StoredWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(window, "window");
    }
}
