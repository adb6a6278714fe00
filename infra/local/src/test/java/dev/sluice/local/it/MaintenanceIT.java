package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Maintenance windows over HTTP: what they hold back, overrides, validation, tenancy and roles. */
@ExtendWith(LocalCloudExtension.class)
class MaintenanceIT {

    private static final String QUICK = """
            [{"name":"note","type":"log","params":{"message":"hi"}}]""";
    private static final String MANY = "\"concurrency\":20";

    private RunFixture fx;

    @BeforeEach
    void setUp(SluiceApi api) {
        fx = new RunFixture(api);
    }

    private static String at(Duration fromNow) {
        return Instant.now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String window(String name, String override, Duration start, Duration end, String extra) {
        return "{\"name\":\"" + name + "\",\"autonomy_override\":\"" + override + "\",\"start\":\"" + at(start)
                + "\",\"end\":\"" + at(end) + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    private static String scope(String... ids) {
        return "\"scope\":[" + String.join(",", List.of(ids).stream().map(id -> "\"" + id + "\"").toList()) + "]";
    }

    private JsonNode create(String body) {
        var response = fx.api.post("/api/maintenance", fx.admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("created");
        return response.json();
    }

    private JsonNode get(String windowId) {
        var response = fx.api.get("/api/maintenance/" + windowId, fx.viewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private SluiceApi.Response action(String windowId, String action, String token) {
        return fx.api.post("/api/maintenance/" + windowId + "/" + action, token, "");
    }

    private SluiceApi.Response delete(String windowId, String token) {
        return fx.api.send("DELETE", "/api/maintenance/" + windowId, Map.of("Authorization", "Bearer " + token), null);
    }

    private SluiceApi.Response start(String automationId, String token, boolean force) {
        return fx.api.post("/api/automations/" + automationId + "/run" + (force ? "?force=true" : ""), token, "");
    }

    private List<JsonNode> history(String automationId) {
        var response = fx.api.get("/api/automations/" + automationId + "/history", fx.viewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    private void assertBlocked(String automationId, String windowName) {
        var refused = start(automationId, fx.operator, false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.detail()).contains("'" + windowName + "'");
    }

    private void assertStarts(String automationId) {
        var started = start(automationId, fx.operator, false);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
    }

    @Test
    void an_active_manual_only_window_does_not_block_manual_runs() {
        String id = fx.automation("Manual ok", QUICK, MANY);
        JsonNode w = create(window("Freeze", "manual_only", Duration.ofHours(-1), Duration.ofHours(1), scope(id)));
        assertThat(w.get("id").asText()).matches("mw_[0-9A-Z]{26}");
        assertThat(w.get("active").asBoolean()).isTrue();
        assertThat(w.get("active_override").isNull()).isTrue();
        assertThat(w.get("autonomy_override").asText()).isEqualTo("manual_only");
        assertThat(w.get("scope")).hasSize(1);
        assertThat(w.get("timezone").asText()).isEqualTo("UTC");

        String runId = fx.start(id, "");
        assertThat(fx.awaitTerminal(runId).get("status").asText()).isEqualTo("succeeded");
        assertThat(history(id)).extracting(h -> h.get("status").asText()).containsExactly("succeeded");
    }

    @Test
    void a_disabled_window_blocks_manual_runs_records_a_skip_and_only_an_admin_can_force() {
        String id = fx.automation("Blocked", QUICK, MANY);
        String outside = fx.automation("Outside", QUICK, MANY);
        create(window("Database migration", "disabled", Duration.ofHours(-1), Duration.ofHours(1), scope(id)));

        var refused = start(id, fx.operator, false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.detail()).contains("Maintenance window 'Database migration'").contains("force=true");
        List<JsonNode> history = history(id);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("status").asText()).isEqualTo("skipped");
        assertThat(history.get(0).get("error").asText()).contains("Database migration");
        assertThat(history.get(0).get("finished_at").isNull()).isFalse();
        assertThat(fx.run(history.get(0).get("id").asText()).get("status").asText()).isEqualTo("skipped");

        var operatorForce = start(id, fx.operator, true);
        assertThat(operatorForce.status()).as(operatorForce.body()).isEqualTo(403);
        assertThat(start(id, fx.admin, false).status()).isEqualTo(409);
        var forced = start(id, fx.admin, true);
        assertThat(forced.status()).as(forced.body()).isEqualTo(202);
        assertThat(fx.awaitTerminal(forced.json().get("run_id").asText()).get("status").asText()).isEqualTo("succeeded");
        assertThat(history(id)).extracting(h -> h.get("status").asText())
                .containsExactlyInAnyOrder("succeeded", "skipped", "skipped");

        assertStarts(outside);
        assertThat(get(fx.api.get("/api/maintenance", fx.viewer).json().get("items").get(0).get("id").asText())
                .get("active").asBoolean()).isTrue();
    }

    @Test
    void an_empty_scope_covers_every_automation_of_the_tenant_and_no_other_tenant() {
        String a = fx.automation("A", QUICK, MANY);
        String b = fx.automation("B", QUICK, MANY);
        create(window("Everything", "disabled", Duration.ofMinutes(-5), Duration.ofMinutes(30), null));
        assertBlocked(a, "Everything");
        assertBlocked(b, "Everything");

        RunFixture other = new RunFixture(fx.api);
        assertThat(other.startRaw(other.automation("Theirs", QUICK, null), "").status()).isEqualTo(202);
    }

    @Test
    void recurring_windows_are_active_during_their_occurrences_only() {
        String always = fx.automation("Always", QUICK, MANY);
        String later = fx.automation("Later", QUICK, MANY);
        String notYet = fx.automation("Not yet", QUICK, MANY);
        // every minute for two minutes: some occurrence always covers now
        JsonNode every = create(window("Every minute", "disabled", Duration.ofDays(-1),
                Duration.ofDays(-1).plusMinutes(2), "\"recurring\":\"* * * * *\"," + scope(always)));
        // daily, 12 hours away from now, for one minute: never covers now
        int farHour = (Instant.now().atZone(ZoneOffset.UTC).getHour() + 12) % 24;
        JsonNode daily = create(window("Twelve hours away", "disabled", Duration.ofDays(-1),
                Duration.ofDays(-1).plusMinutes(1), "\"recurring\":\"0 " + farHour + " * * *\"," + scope(later)));
        // recurring, but its first occurrence is after now: nothing is active before start
        JsonNode future = create(window("Starts tomorrow", "disabled", Duration.ofDays(1),
                Duration.ofDays(1).plusMinutes(2), "\"recurring\":\"* * * * *\"," + scope(notYet)));

        assertThat(get(every.get("id").asText()).get("active").asBoolean()).isTrue();
        assertThat(get(every.get("id").asText()).get("recurring").asText()).isEqualTo("* * * * *");
        assertThat(get(daily.get("id").asText()).get("active").asBoolean()).isFalse();
        assertThat(get(future.get("id").asText()).get("active").asBoolean()).isFalse();
        assertBlocked(always, "Every minute");
        assertStarts(later);
        assertStarts(notYet);
    }

    @Test
    void activate_and_deactivate_override_the_schedule() {
        String id = fx.automation("Overridden", QUICK, MANY);
        String windowId = create(window("Next week", "disabled", Duration.ofDays(7), Duration.ofDays(8), scope(id)))
                .get("id").asText();
        assertThat(get(windowId).get("active").asBoolean()).isFalse();
        assertStarts(id);

        var on = action(windowId, "activate", fx.admin);
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().get("status").asText()).isEqualTo("activated");
        assertThat(on.json().get("active_override").asBoolean()).isTrue();
        assertThat(on.json().get("active").asBoolean()).isTrue();
        assertBlocked(id, "Next week");
        assertThat(action(windowId, "activate", fx.admin).status()).isEqualTo(200);

        var off = action(windowId, "deactivate", fx.admin);
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("status").asText()).isEqualTo("deactivated");
        assertThat(off.json().get("active_override").asBoolean()).isFalse();
        assertThat(get(windowId).get("active").asBoolean()).isFalse();
        assertStarts(id);

        // a window in force by its schedule, switched off by hand
        String nowId = create(window("Now", "disabled", Duration.ofHours(-1), Duration.ofHours(1), scope(id)))
                .get("id").asText();
        assertBlocked(id, "Now");
        assertThat(action(nowId, "deactivate", fx.admin).json().get("active").asBoolean()).isFalse();
        assertStarts(id);
        assertThat(get(nowId).get("updated_at").asText()).isNotEqualTo(get(nowId).get("created_at").asText());
    }

    @Test
    void invalid_windows_are_422_with_paths_and_store_nothing() {
        String id = fx.automation("Mine", QUICK, null);
        String theirs = new RunFixture(fx.api).automation("Theirs", QUICK, null);
        Map<String, String> cases = Map.of(
                window("Same", "disabled", Duration.ZERO, Duration.ZERO, null), "end",
                window("Backwards", "disabled", Duration.ofHours(1), Duration.ZERO, null), "end",
                window("Bad cron", "disabled", Duration.ZERO, Duration.ofHours(1), "\"recurring\":\"61 * * * *\""), "recurring",
                window("Six fields", "disabled", Duration.ZERO, Duration.ofHours(1), "\"recurring\":\"0 0 * * * *\""), "recurring",
                window("Unknown", "disabled", Duration.ZERO, Duration.ofHours(1), scope(id, "auto_01JD3X0000000000000000000A")), "scope[1]",
                window("Foreign", "disabled", Duration.ZERO, Duration.ofHours(1), scope(theirs)), "scope[0]",
                window("Junk id", "disabled", Duration.ZERO, Duration.ofHours(1), scope("nope")), "scope[0]",
                window("Bad override", "sometimes", Duration.ZERO, Duration.ofHours(1), null), "autonomy_override",
                window("Zone", "disabled", Duration.ZERO, Duration.ofHours(1), "\"timezone\":\"CEST\""), "timezone",
                window("Computed", "disabled", Duration.ZERO, Duration.ofHours(1), "\"active\":true"), "active");
        for (var c : cases.entrySet()) {
            var response = fx.api.post("/api/maintenance", fx.admin, c.getKey());
            assertThat(response.status()).as(c.getKey() + " " + response.body()).isEqualTo(422);
            assertThat(response.detail()).isNotBlank();
            assertThat(response.json().get("errors").findValuesAsText("path")).as(c.getKey()).contains(c.getValue());
        }
        assertThat(fx.api.post("/api/maintenance", fx.admin, "{\"name\":").status()).isEqualTo(400);
        assertThat(fx.api.get("/api/maintenance", fx.viewer).json().get("items")).isEmpty();
    }

    @Test
    void another_tenant_s_windows_are_404_and_not_listed() {
        String id = fx.automation("Mine", QUICK, MANY);
        String windowId = create(window("Mine", "disabled", Duration.ofDays(1), Duration.ofDays(2), scope(id)))
                .get("id").asText();
        RunFixture stranger = new RunFixture(fx.api);
        for (String w : List.of(windowId, "mw_01JD3X0000000000000000000A", "nope", id)) {
            assertThat(fx.api.get("/api/maintenance/" + w, stranger.viewer).status()).as(w).isEqualTo(404);
            for (String action : List.of("activate", "deactivate")) {
                var response = action(w, action, stranger.admin);
                assertThat(response.status()).as(action + " " + w).isEqualTo(404);
                assertThat(response.detail()).isNotBlank();
            }
            assertThat(delete(w, stranger.admin).status()).as(w).isEqualTo(404);
        }
        assertThat(fx.api.get("/api/maintenance", stranger.viewer).json().get("items")).isEmpty();
        JsonNode mine = get(windowId);
        assertThat(mine.get("active_override").isNull()).isTrue();
        assertThat(mine.get("active").asBoolean()).isFalse();
    }

    @Test
    void viewers_read_and_only_admins_write() {
        String windowId = create(window("Read only", "manual_only", Duration.ofDays(1), Duration.ofDays(2), null))
                .get("id").asText();
        var create = fx.api.post("/api/maintenance", fx.viewer,
                window("V", "disabled", Duration.ZERO, Duration.ofHours(1), null));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.detail()).isNotBlank();
        assertThat(action(windowId, "activate", fx.viewer).status()).isEqualTo(403);
        assertThat(action(windowId, "deactivate", fx.viewer).status()).isEqualTo(403);
        assertThat(delete(windowId, fx.viewer).status()).isEqualTo(403);
        assertThat(fx.api.post("/api/maintenance", fx.operator,
                window("O", "disabled", Duration.ZERO, Duration.ofHours(1), null)).status()).isEqualTo(403);
        assertThat(action(windowId, "deactivate", fx.operator).status()).isEqualTo(403);
        assertThat(delete(windowId, fx.operator).status()).isEqualTo(403);

        var list = fx.api.get("/api/maintenance", fx.viewer);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("items").get(0).get("name").asText()).isEqualTo("Read only");
        assertThat(get(windowId).get("active_override").isNull()).isTrue();
        assertThat(fx.api.get("/api/maintenance", null).status()).isEqualTo(401);
    }

    @Test
    void deleting_a_window_lifts_it() {
        String id = fx.automation("Lifted", QUICK, MANY);
        String windowId = create(window("Short", "disabled", Duration.ofHours(-1), Duration.ofHours(1), scope(id)))
                .get("id").asText();
        assertBlocked(id, "Short");

        var deleted = delete(windowId, fx.admin);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("deleted");
        assertThat(fx.api.get("/api/maintenance/" + windowId, fx.viewer).status()).isEqualTo(404);
        assertThat(delete(windowId, fx.admin).status()).isEqualTo(404);
        assertStarts(id);
    }
}
