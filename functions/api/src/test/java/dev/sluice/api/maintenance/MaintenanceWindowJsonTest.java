package dev.sluice.api.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaintenanceWindowJsonTest {

    static final Instant CREATED = Instant.parse("2026-11-30T08:00:00Z");

    static StoredWindow stored(String json) {
        return new StoredWindow("mw_01JD3X0000000000000000000A", "acme", MaintenanceWindow.parse(Json.parse(json)), 1,
                CREATED, CREATED);
    }

    @Test
    void shows_the_fields_the_manual_override_and_whether_it_is_active_now() {
        StoredWindow w = stored("""
                {"name":"Deploy","start":"2026-12-01T10:00:00Z","end":"2026-12-01T12:00:00Z","scope":[],
                 "autonomy_override":"disabled"}""");
        Map<String, Object> during = MaintenanceWindowJson.of(w, Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(during.keySet()).containsExactly("id", "name", "start", "end", "recurring", "timezone", "scope",
                "autonomy_override", "active_override", "active", "created_at", "updated_at");
        assertThat(during).containsEntry("active", true).containsEntry("active_override", null)
                .containsEntry("autonomy_override", "disabled").containsEntry("timezone", "UTC")
                .containsEntry("recurring", null).containsEntry("created_at", "2026-11-30T08:00:00Z");
        assertThat(MaintenanceWindowJson.of(w, Instant.parse("2026-12-01T12:00:00Z"))).containsEntry("active", false);
    }

    @Test
    void the_manual_override_wins_over_the_schedule() {
        StoredWindow forcedOff = stored("""
                {"name":"n","start":"2026-12-01T10:00:00Z","end":"2026-12-01T12:00:00Z","autonomy_override":"disabled",
                 "active":false}""");
        assertThat(MaintenanceWindowJson.of(forcedOff, Instant.parse("2026-12-01T11:00:00Z")))
                .containsEntry("active_override", false).containsEntry("active", false);
        StoredWindow forcedOn = stored("""
                {"name":"n","start":"2026-12-01T10:00:00Z","end":"2026-12-01T12:00:00Z","autonomy_override":"disabled",
                 "active":true}""");
        assertThat(MaintenanceWindowJson.of(forcedOn, Instant.parse("2026-01-01T00:00:00Z")))
                .containsEntry("active_override", true).containsEntry("active", true);
    }

    @Test
    void a_recurring_window_is_active_during_each_occurrence() {
        StoredWindow nightly = stored("""
                {"name":"n","start":"2026-11-01T02:00:00Z","end":"2026-11-01T03:00:00Z","recurring":"0 2 * * *",
                 "autonomy_override":"manual_only"}""");
        assertThat(MaintenanceWindowJson.of(nightly, Instant.parse("2026-12-05T02:30:00Z"))).containsEntry("active", true)
                .containsEntry("recurring", "0 2 * * *");
        assertThat(MaintenanceWindowJson.of(nightly, Instant.parse("2026-12-05T03:00:00Z"))).containsEntry("active", false);
    }
}
