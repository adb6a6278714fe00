package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runs and credits API's refusals: tenancy, roles, money, state and validation. */
@ExtendWith(LocalCloudExtension.class)
class RunsApiIT {

    private static final String NAP = """
            [{"name":"nap","type":"wait","params":{"seconds":60}}]""";
    private static final String PAID = """
            [{"name":"call","type":"http","params":{"url":"https://example.com/x"},"credits":5}]""";
    private static final String UNKNOWN_RUN = "run_01JD3X0000000000000000000A";

    private RunFixture fx;

    @BeforeEach
    void setUp(SluiceApi api) {
        fx = new RunFixture(api);
    }

    private SluiceApi.Response delete(String path, String token) {
        return fx.api.send("DELETE", path, Map.of("Authorization", "Bearer " + token), null);
    }

    @Test
    void foreign_unknown_and_malformed_ids_are_404_on_every_route() {
        String id = fx.automation("Mine", NAP, null);
        String runId = fx.start(id, "");
        RunFixture stranger = new RunFixture(fx.api);
        stranger.grant(100);

        for (String automation : List.of(id, "auto_01JD3X0000000000000000000A", "nope")) {
            assertThat(stranger.startRaw(automation, "").status()).as(automation).isEqualTo(404);
            for (String view : List.of("current_run", "history", "current_processing", "estimate", "pipeline_overview")) {
                var response = fx.api.get("/api/automations/" + automation + "/" + view, stranger.viewer);
                assertThat(response.status()).as(view + " " + response.body()).isEqualTo(404);
                assertThat(response.detail()).isNotBlank();
            }
        }
        for (String run : List.of(runId, UNKNOWN_RUN, "run_x", "auto_01JD3X0000000000000000000A")) {
            assertThat(fx.api.get("/api/automations/runs/" + run, stranger.viewer).status()).as(run).isEqualTo(404);
            for (String action : List.of("pause", "resume", "cancel")) {
                var response = stranger.control(run, action);
                assertThat(response.status()).as(action + " " + run + " " + response.body()).isEqualTo(404);
            }
        }
        assertThat(delete("/api/automations/" + id + "?force=true", stranger.operator).status()).isEqualTo(404);
        assertThat(fx.run(runId).get("cancel_requested").asBoolean()).isFalse();
        fx.control(runId, "cancel");
    }

    @Test
    void viewers_cannot_start_or_control_runs_and_only_admins_grant_credits() {
        String id = fx.automation("Roles", NAP, null);
        assertThat(fx.api.post("/api/automations/" + id + "/run", fx.viewer, "").status()).isEqualTo(403);
        for (String action : List.of("pause", "resume", "cancel")) {
            assertThat(fx.api.post("/api/automations/runs/" + UNKNOWN_RUN + "/" + action, fx.viewer, "").status())
                    .as(action).isEqualTo(403);
        }
        assertThat(delete("/api/automations/" + id, fx.viewer).status()).isEqualTo(403);
        for (String token : List.of(fx.viewer, fx.operator)) {
            var response = fx.api.post("/api/credits", token, "{\"amount\":10}");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.detail()).isNotBlank();
        }
        assertThat(fx.api.get("/api/credits", fx.viewer).json().get("balance").asLong()).isZero();
    }

    @Test
    void a_start_is_402_below_estimate_times_1_2_and_the_estimate_says_why() {
        String id = fx.automation("Costly", PAID, null);
        fx.grant(5);

        var estimate = fx.api.get("/api/automations/" + id + "/estimate", fx.viewer).json();
        assertThat(estimate.get("estimated_credits").asLong()).isEqualTo(5);
        assertThat(estimate.get("required").asLong()).isEqualTo(6);
        assertThat(estimate.get("balance").asLong()).isEqualTo(5);
        assertThat(estimate.get("sufficient").asBoolean()).isFalse();
        var refused = fx.startRaw(id, "");
        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.detail()).contains("required 6");
        assertThat(fx.api.get("/api/automations/" + id + "/current_run", fx.viewer).status()).isEqualTo(404);
    }

    @Test
    void a_disabled_automation_is_409_and_bad_input_is_422() {
        String off = fx.automation("Off", NAP, "\"enabled\":false");
        var refused = fx.startRaw(off, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).containsIgnoringCase("disabled");

        String on = fx.automation("On", NAP, null);
        assertThat(fx.startRaw(on, "[1]").status()).isEqualTo(422);
        assertThat(fx.startRaw(on, "7").status()).isEqualTo(422);
        // the API Gateway request adapter itself refuses some non-object bodies before the controller
        assertThat(fx.startRaw(on, "[1,2]").status()).isIn(400, 422);
        assertThat(fx.startRaw(on, "\"text\"").status()).isIn(400, 422);
        assertThat(fx.startRaw(on, "{broken").status()).isEqualTo(400);
        var history = fx.api.get("/api/automations/" + on + "/history", fx.viewer).json();
        assertThat(history.get("items")).isEmpty();
        assertThat(fx.api.get("/api/automations/" + on + "/history?limit=0", fx.viewer).status()).isEqualTo(422);
    }

    @Test
    void without_an_active_run_current_run_is_404_and_processing_is_inactive() {
        String id = fx.automation("Idle", NAP, null);

        var current = fx.api.get("/api/automations/" + id + "/current_run", fx.viewer);
        assertThat(current.status()).isEqualTo(404);
        assertThat(current.detail()).isEqualTo("no active run");
        var processing = fx.api.get("/api/automations/" + id + "/current_processing", fx.viewer).json();
        assertThat(processing.get("active").asBoolean()).isFalse();
        var overview = fx.api.get("/api/automations/" + id + "/pipeline_overview", fx.viewer).json();
        assertThat(overview.get("started").asLong()).isZero();
        assertThat(overview.get("runs_by_status").get("running").asLong()).isZero();
    }

    @Test
    void delete_is_409_while_a_run_is_active_unless_forced() {
        String id = fx.automation("Busy", NAP, null);
        String runId = fx.start(id, "{\"k\":1}");
        assertThat(fx.run(runId).get("input").get("k").asInt()).isEqualTo(1);

        var refused = delete("/api/automations/" + id, fx.operator);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("force=true");
        assertThat(delete("/api/automations/" + id + "?force=maybe", fx.operator).status()).isEqualTo(422);

        var forced = delete("/api/automations/" + id + "?force=true", fx.operator);
        assertThat(forced.status()).as(forced.body()).isEqualTo(200);
        assertThat(fx.api.get("/api/automations/" + id, fx.viewer).status()).isEqualTo(404);
        var run = fx.run(runId);
        assertThat(run.get("status").asText().equals("cancelled") || run.get("cancel_requested").asBoolean())
                .as(run.toString()).isTrue();
    }

    @Test
    void bad_credit_grants_are_422_and_a_good_one_is_201_with_the_new_balance() {
        for (String body : List.of("{\"amount\":0}", "{\"amount\":-5}", "{\"amount\":1.5}", "{\"amount\":\"10\"}",
                "{\"amount\":1000000001}", "{}", "{\"amount\":10,\"extra\":1}", "{\"amount\":10,\"reason\":7}",
                "[10]")) {
            var response = fx.api.post("/api/credits", fx.admin, body);
            assertThat(response.status()).as(body + " " + response.body()).isEqualTo(422);
            assertThat(response.detail()).isNotBlank();
        }
        assertThat(fx.api.post("/api/credits", fx.admin, "{oops").status()).isEqualTo(400);

        var granted = fx.api.post("/api/credits", fx.admin, "{\"amount\":1000000000,\"reason\":\"top up\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().get("balance").asLong()).isEqualTo(1_000_000_000L);
        assertThat(granted.json().get("entry").get("amount").asLong()).isEqualTo(1_000_000_000L);
        assertThat(granted.json().get("entry").get("reason").asText()).isEqualTo("top up");
        var credits = fx.api.get("/api/credits?limit=5", fx.viewer).json();
        assertThat(credits.get("balance").asLong()).isEqualTo(1_000_000_000L);
        assertThat(credits.get("ledger")).hasSize(1);
        assertThat(fx.api.get("/api/credits?limit=101", fx.viewer).status()).isEqualTo(422);
    }
}
