package dev.sluice.api.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.StoredWindow;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceServiceTest {

    static final TeamId ACME = new TeamId("acme");
    static final TeamId OTHER = new TeamId("other");
    static final String AUTO = "auto_01JD3X0000000000000000000A";
    static final Instant NOW = Instant.parse("2026-12-01T10:30:00Z");

    final InMemoryWindowStore store = new InMemoryWindowStore();
    final List<String> automationReads = new ArrayList<>();
    final MaintenanceService service = new MaintenanceService(store, automations(Set.of("acme/" + AUTO)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** Only {@code find} is used: the tenant's automations are the given {@code team/id} keys. */
    AutomationStore automations(Set<String> existing) {
        return (AutomationStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{AutomationStore.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String key = ((TeamId) args[0]).value() + "/" + args[1];
                    automationReads.add(key);
                    return existing.contains(key) ? Optional.of(automation(AUTO)) : Optional.empty();
                });
    }

    static Automation automation(String id) {
        return new Automation(id, "acme", "A", "a", "pipeline", null, List.of(), 1, AutomationConfig.DEFAULT, true,
                List.of(), 1, NOW, NOW, null, null, null, null);
    }

    StoredWindow create(TeamId team, String scope) {
        return service.create(team, Json.parse("""
                {"name":"Deploy","start":"2026-12-01T10:00:00Z","end":"2026-12-01T11:00:00Z",
                 "autonomy_override":"disabled","scope":%s}""".formatted(scope)));
    }

    @Test
    void create_stores_version_1_with_a_mw_id_and_the_clock_s_time() {
        StoredWindow w = create(ACME, "[\"" + AUTO + "\"]");
        assertThat(w.id()).matches("mw_[0-9A-Z]{26}");
        assertThat(w.version()).isEqualTo(1);
        assertThat(w.createdAt()).isEqualTo(NOW).isEqualTo(w.updatedAt());
        assertThat(service.get(ACME, w.id())).isEqualTo(w);
        assertThat(service.list(ACME)).containsExactly(w);
    }

    @Test
    void scope_ids_must_be_automations_of_the_caller_s_tenant() {
        assertThatThrownBy(() -> create(OTHER, "[\"" + AUTO + "\",\"auto_x\"]"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(ValidationException.FieldError::path).containsExactly("scope[0]", "scope[1]"));
        // a malformed id is refused without a read
        assertThat(automationReads).containsExactly("other/" + AUTO);
        assertThat(store.windows).isEmpty();
    }

    @Test
    void foreign_unknown_and_malformed_ids_are_404() {
        StoredWindow w = create(ACME, "[]");
        for (String id : List.of(w.id(), "mw_01JD3X0000000000000000000Z", "nope", AUTO)) {
            assertThatThrownBy(() -> service.get(OTHER, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.delete(OTHER, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.override(OTHER, id, true)).isInstanceOf(NotFoundException.class);
        }
        assertThat(service.get(ACME, w.id())).isEqualTo(w);
    }

    @Test
    void activate_and_deactivate_set_the_override_and_a_repeat_writes_nothing() {
        StoredWindow w = create(ACME, "[]");
        StoredWindow on = service.override(ACME, w.id(), true);
        assertThat(on.window().active()).isTrue();
        assertThat(on.version()).isEqualTo(2);
        assertThat(service.override(ACME, w.id(), true)).isEqualTo(on);
        StoredWindow off = service.override(ACME, w.id(), false);
        assertThat(off.window().active()).isFalse();
        assertThat(off.version()).isEqualTo(3);
        assertThat(off.window().withActive(null)).isEqualTo(w.window());
        assertThat(store.updates).isEqualTo(2);
    }

    @Test
    void an_override_retries_a_concurrent_write_then_gives_up_with_409() {
        StoredWindow w = create(ACME, "[]");
        store.interleavedWrites = 1;
        assertThat(service.override(ACME, w.id(), true).window().active()).isTrue();

        store.interleavedWrites = MaintenanceService.OVERRIDE_TRIES;
        assertThatThrownBy(() -> service.override(ACME, w.id(), false)).isInstanceOf(ConflictException.class);
    }

    @Test
    void delete_removes_the_window_and_a_second_delete_is_404() {
        StoredWindow w = create(ACME, "[]");
        service.delete(ACME, w.id());
        assertThat(service.list(ACME)).isEmpty();
        assertThatThrownBy(() -> service.delete(ACME, w.id())).isInstanceOf(NotFoundException.class);
    }
}
