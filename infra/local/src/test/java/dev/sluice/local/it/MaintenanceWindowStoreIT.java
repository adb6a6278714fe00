package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.maintenance.DynamoMaintenanceWindowStore;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import dev.sluice.local.LocalCloud;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DynamoDB maintenance window store against the local cloud's table: conditions, order, tenancy, limit. */
@ExtendWith(LocalCloudExtension.class)
class MaintenanceWindowStoreIT {

    private static RunStoreFixture fx;
    private static DynamoMaintenanceWindowStore store;

    @BeforeAll
    static void setUp(LocalCloud cloud) {
        fx = new RunStoreFixture(cloud);
        store = new DynamoMaintenanceWindowStore(cloud.aws().dynamo(), fx.names);
    }

    @AfterAll
    static void tearDown() {
        fx.close();
    }

    static final MaintenanceWindow WINDOW = MaintenanceWindow.parse(Json.parse("""
            {"name":"Deploy","start":"2026-12-01T10:00:00Z","end":"2026-12-01T11:00:00Z","recurring":"0 10 * * *",
             "timezone":"America/New_York","scope":["auto_01JD3X0000000000000000000A"],"autonomy_override":"disabled"}"""));

    private StoredWindow newWindow(TeamId team) {
        return new StoredWindow(fx.ids.next("mw"), team.value(), WINDOW, 1, fx.clock.instant(), fx.clock.instant());
    }

    @Test
    void create_then_find_and_all_oldest_first_per_tenant() {
        TeamId team = fx.tenant();
        StoredWindow first = newWindow(team);
        StoredWindow second = newWindow(team);
        store.create(second);
        store.create(first);
        store.create(newWindow(fx.tenant()));

        assertThat(store.find(team, first.id())).contains(first);
        assertThat(store.find(fx.tenant(), first.id())).isEmpty();
        assertThat(store.all(team)).containsExactly(first, second);
        assertThat(store.all(fx.tenant())).isEmpty();
        assertThatThrownBy(() -> store.create(first)).isInstanceOf(ConflictException.class);
    }

    @Test
    void update_is_conditional_on_the_version() {
        TeamId team = fx.tenant();
        StoredWindow v1 = newWindow(team);
        store.create(v1);
        StoredWindow v2 = new StoredWindow(v1.id(), v1.teamId(), v1.window().withActive(true), 2, v1.createdAt(),
                fx.clock.instant());
        store.update(v1, v2);
        assertThat(store.find(team, v1.id())).contains(v2);

        StoredWindow stale = new StoredWindow(v1.id(), v1.teamId(), v1.window().withActive(false), 2, v1.createdAt(),
                fx.clock.instant());
        assertThatThrownBy(() -> store.update(v1, stale)).isInstanceOf(ConflictException.class);
        assertThat(store.find(team, v1.id())).contains(v2);
    }

    @Test
    void delete_is_false_when_already_gone_and_an_update_does_not_resurrect() {
        TeamId team = fx.tenant();
        StoredWindow w = newWindow(team);
        store.create(w);
        assertThat(store.delete(w)).isTrue();
        assertThat(store.delete(w)).isFalse();
        assertThat(store.find(team, w.id())).isEmpty();
        StoredWindow next = new StoredWindow(w.id(), w.teamId(), w.window(), 2, w.createdAt(), fx.clock.instant());
        assertThatThrownBy(() -> store.update(w, next)).isInstanceOf(ConflictException.class);
        assertThat(store.all(team)).isEmpty();
    }

    @Test
    void a_tenant_holds_at_most_100_windows() {
        TeamId team = fx.tenant();
        List<StoredWindow> windows = IntStream.range(0, MaintenanceWindowStore.MAX_PER_TENANT)
                .mapToObj(i -> newWindow(team)).toList();
        windows.forEach(store::create);
        assertThatThrownBy(() -> store.create(newWindow(team))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("at most 100");
        assertThat(store.all(team)).containsExactlyElementsOf(windows);
        store.delete(windows.get(0));
        store.create(newWindow(team));
        assertThat(store.all(team)).hasSize(MaintenanceWindowStore.MAX_PER_TENANT);
    }
}
