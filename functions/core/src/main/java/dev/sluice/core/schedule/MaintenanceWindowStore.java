package dev.sluice.core.schedule;

import dev.sluice.core.auth.TeamId;
import java.util.List;
import java.util.Optional;

/**
 * Where a tenant's maintenance windows live (port; the DynamoDB adapter is in {@code aws}). A tenant has few
 * windows ({@link #MAX_PER_TENANT}), so every run start reads them all with one query.
 */
public interface MaintenanceWindowStore {

    int MAX_PER_TENANT = 100;

    /** Stores a new window; {@link dev.sluice.core.error.ConflictException} past {@link #MAX_PER_TENANT}. */
    void create(StoredWindow window);

    Optional<StoredWindow> find(TeamId team, String id);

    /** Every window of the tenant, oldest first. */
    List<StoredWindow> all(TeamId team);

    /** Replaces {@code previous} (conditional on its version); conflict when it changed meanwhile. */
    void update(StoredWindow previous, StoredWindow updated);

    /** False when it was already gone. */
    boolean delete(StoredWindow window);
}
