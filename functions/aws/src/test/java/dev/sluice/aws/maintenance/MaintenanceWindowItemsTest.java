package dev.sluice.aws.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaintenanceWindowItemsTest {

    @Test
    void an_item_holds_the_window_as_json_and_reads_back_equal() {
        MaintenanceWindow window = MaintenanceWindow.parse(Json.parse("""
                {"name":"Nightly","start":"2026-11-01T01:00:00Z","end":"2026-11-01T04:00:00Z","recurring":"0 2 * * *",
                 "timezone":"Europe/Amsterdam","scope":["auto_01JD3X0000000000000000000A"],
                 "autonomy_override":"manual_only","active":false}"""));
        StoredWindow stored = new StoredWindow("mw_01JD3X0000000000000000000A", "acme", window, 4,
                Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));

        var item = MaintenanceWindowItems.toItem(stored);

        assertThat(item.get("pk").s()).isEqualTo("t#acme");
        assertThat(item.get("sk").s()).isEqualTo("mw#mw_01JD3X0000000000000000000A");
        assertThat(item.get("entity").s()).isEqualTo("maintenance_window");
        assertThat(item.get("version").n()).isEqualTo("4");
        assertThat(Json.parse(item.get("window").s())).isEqualTo(window.toMap());
        assertThat(MaintenanceWindowItems.fromItem(item)).isEqualTo(stored);
    }
}
