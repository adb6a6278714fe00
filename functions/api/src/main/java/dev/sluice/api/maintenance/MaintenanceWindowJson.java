package dev.sluice.api.maintenance;

import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import dev.sluice.core.schedule.WindowActivity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire shape of a maintenance window (docs/api.md, "Maintenance windows"). */
final class MaintenanceWindowJson {

    private MaintenanceWindowJson() {
    }

    /**
     * {@code id, name, start, end, recurring, timezone, scope, autonomy_override, active_override} (the manual
     * override: null, true or false), {@code active} (whether the window is in force at {@code now}),
     * {@code created_at, updated_at}.
     */
    static Map<String, Object> of(StoredWindow stored, Instant now) {
        MaintenanceWindow window = stored.window();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", stored.id());
        Map<String, Object> fields = window.toMap();
        fields.remove("active");
        m.putAll(fields);
        m.put("active_override", window.active());
        m.put("active", new WindowActivity(window).activeAt(now));
        m.put("created_at", stored.createdAt().toString());
        m.put("updated_at", stored.updatedAt().toString());
        return m;
    }
}
