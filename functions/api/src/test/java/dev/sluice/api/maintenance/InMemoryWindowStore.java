package dev.sluice.api.maintenance;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The window store port in memory, with the adapter's conditions (version, existence, per-tenant limit). */
final class InMemoryWindowStore implements MaintenanceWindowStore {

    final Map<String, StoredWindow> windows = new TreeMap<>();
    /** Writes of other clients that land just before the next {@link #update} (one per call). */
    int interleavedWrites;
    int updates;

    private static String key(String team, String id) {
        return team + "/" + id;
    }

    @Override
    public synchronized void create(StoredWindow window) {
        if (all(new TeamId(window.teamId())).size() >= MAX_PER_TENANT) {
            throw new ConflictException("too many");
        }
        if (windows.putIfAbsent(key(window.teamId(), window.id()), window) != null) {
            throw new ConflictException("exists");
        }
    }

    @Override
    public synchronized Optional<StoredWindow> find(TeamId team, String id) {
        return Optional.ofNullable(windows.get(key(team.value(), id)));
    }

    @Override
    public synchronized List<StoredWindow> all(TeamId team) {
        return windows.values().stream().filter(w -> w.teamId().equals(team.value())).toList();
    }

    @Override
    public synchronized void update(StoredWindow previous, StoredWindow updated) {
        updates++;
        String key = key(previous.teamId(), previous.id());
        if (interleavedWrites > 0) {
            interleavedWrites--;
            StoredWindow other = windows.get(key);
            windows.put(key, new StoredWindow(other.id(), other.teamId(), other.window(), other.version() + 1,
                    other.createdAt(), other.updatedAt()));
        }
        StoredWindow current = windows.get(key);
        if (current == null || current.version() != previous.version()) {
            throw new ConflictException("changed");
        }
        windows.put(key, updated);
    }

    @Override
    public synchronized boolean delete(StoredWindow window) {
        return windows.remove(key(window.teamId(), window.id())) != null;
    }
}
