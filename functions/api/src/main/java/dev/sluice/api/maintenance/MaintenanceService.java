package dev.sluice.api.maintenance;

import dev.sluice.api.automation.AutomationService;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Maintenance window use cases behind {@link MaintenanceController}: validate, then one conditional write. */
@Singleton
public class MaintenanceService {

    public static final String ID_PREFIX = "mw";

    /** Tries of activate/deactivate when another write to the same window lands between its read and write. */
    static final int OVERRIDE_TRIES = 3;

    private final MaintenanceWindowStore store;
    private final AutomationStore automations;
    private final Clock clock;
    private final Ids ids;

    public MaintenanceService(MaintenanceWindowStore store, AutomationStore automations, Clock clock) {
        this.store = store;
        this.automations = automations;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    /** Validates the body (every id in {@code scope} must be an automation of the tenant) and stores it. */
    public StoredWindow create(TeamId team, Object body) {
        MaintenanceWindow window = MaintenanceRequest.parse(body, id -> automationExists(team, id));
        Instant now = clock.instant();
        StoredWindow stored = new StoredWindow(ids.next(ID_PREFIX), team.value(), window, 1, now, now);
        store.create(stored);
        return stored;
    }

    /** Every window of the tenant, oldest first (at most {@link MaintenanceWindowStore#MAX_PER_TENANT}). */
    public List<StoredWindow> list(TeamId team) {
        return store.all(team);
    }

    /** The tenant's window, or 404 (also for other tenants' and malformed ids). */
    public StoredWindow get(TeamId team, String id) {
        if (!Ids.looksLikeId(id, ID_PREFIX)) {
            throw notFound(id);
        }
        return store.find(team, id).orElseThrow(() -> notFound(id));
    }

    public void delete(TeamId team, String id) {
        if (!store.delete(get(team, id))) {
            throw notFound(id);
        }
    }

    /**
     * Sets the manual override: true forces the window on, false forces it off (until changed again). Setting
     * the value it already has writes nothing. A concurrent write to the window is retried a few times.
     */
    public StoredWindow override(TeamId team, String id, boolean active) {
        for (int attempt = 1; ; attempt++) {
            StoredWindow current = get(team, id);
            if (Boolean.valueOf(active).equals(current.window().active())) {
                return current;
            }
            StoredWindow updated = new StoredWindow(current.id(), current.teamId(), current.window().withActive(active),
                    current.version() + 1, current.createdAt(), clock.instant());
            try {
                store.update(current, updated);
                return updated;
            } catch (ConflictException e) {
                if (attempt >= OVERRIDE_TRIES) {
                    throw e;
                }
            }
        }
    }

    private boolean automationExists(TeamId team, String id) {
        return Ids.looksLikeId(id, AutomationService.ID_PREFIX) && automations.find(team, id).isPresent();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No maintenance window " + id);
    }
}
