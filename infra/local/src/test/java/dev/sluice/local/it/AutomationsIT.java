package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalCloudExtension.class)
class AutomationsIT {

    private static final String STAGES = """
            [{"name":"fetch","type":"http","params":{"url":"https://example.com/items/${input.id}"}},
             {"name":"pick","type":"transform","params":{"set":{"count":{"var":"context.n"}}}},
             {"name":"note","type":"log","params":{"message":"done ${context.count}"}}]""";

    private SluiceApi api;
    private String team;
    private String operator;
    private String viewer;

    @BeforeEach
    void setUp(SluiceApi api) {
        this.api = api;
        this.team = SluiceApi.newTenant();
        this.operator = api.token(team, "operator");
        this.viewer = api.token(team, "viewer");
    }

    private String create(String name) {
        var response = api.post("/api/automations", operator, "{\"name\":\"" + name + "\",\"stages\":" + STAGES + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("created");
        return response.json().get("id").asText();
    }

    private int count() {
        return api.get("/api/automations?limit=100", viewer).json().get("items").size();
    }

    @Test
    void create_then_read_the_full_document_with_defaults() {
        String id = create("Nightly Sync");
        assertThat(id).startsWith("auto_");
        JsonNode doc = api.get("/api/automations/" + id, viewer).json();
        assertThat(doc.get("name").asText()).isEqualTo("Nightly Sync");
        assertThat(doc.get("slug").asText()).isEqualTo("nightly-sync");
        assertThat(doc.get("type").asText()).isEqualTo("pipeline");
        assertThat(doc.get("concurrency").asInt()).isEqualTo(1);
        assertThat(doc.get("enabled").asBoolean()).isTrue();
        assertThat(doc.get("version").asLong()).isEqualTo(1);
        JsonNode first = doc.get("stages").get(0);
        assertThat(first.get("params").get("url").asText()).isEqualTo("https://example.com/items/${input.id}");
        assertThat(first.get("retry").get("max_attempts").asInt()).isEqualTo(3);
        assertThat(first.get("timeout_seconds").asInt()).isEqualTo(300);
        assertThat(first.get("on_failure").asText()).isEqualTo("fail");
    }

    @Test
    void list_is_newest_first_and_pages_with_a_cursor() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create("Auto " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = api.get("/api/automations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), viewer).json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> {
                seen.add(item.get("id").asText());
                assertThat(item.has("type")).isTrue();
                assertThat(item.has("schedule")).isTrue();
                assertThat(item.has("last_run")).isTrue();
                assertThat(item.has("last_status")).isTrue();
            });
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void bad_paging_parameters_are_422() {
        assertThat(api.get("/api/automations?limit=0", viewer).status()).isEqualTo(422);
        assertThat(api.get("/api/automations?limit=abc", viewer).status()).isEqualTo(422);
        var bad = api.get("/api/automations?cursor=bm90LWEtY3Vyc29y", viewer);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.detail()).contains("cursor");
    }

    @Test
    void update_replaces_and_bumps_the_version() {
        String id = create("Before");
        var response = api.send("PUT", "/api/automations/" + id, Map.of("Authorization", "Bearer " + operator,
                "Content-Type", "application/json"), "{\"name\":\"After\",\"concurrency\":2,\"stages\":" + STAGES + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("updated");
        JsonNode doc = api.get("/api/automations/" + id, viewer).json();
        assertThat(doc.get("name").asText()).isEqualTo("After");
        assertThat(doc.get("slug").asText()).isEqualTo("after");
        assertThat(doc.get("concurrency").asInt()).isEqualTo(2);
        assertThat(doc.get("version").asLong()).isEqualTo(2);
        // the old slug is free again
        create("Before");
    }

    @Test
    void delete_removes_it_and_a_second_delete_is_404() {
        String id = create("Doomed");
        var deleted = api.send("DELETE", "/api/automations/" + id, Map.of("Authorization", "Bearer " + operator), null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("deleted");
        assertThat(api.get("/api/automations/" + id, viewer).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/automations/" + id, Map.of("Authorization", "Bearer " + operator), null)
                .status()).isEqualTo(404);
        create("Doomed");
    }

    @Test
    void slug_is_unique_per_tenant_only() {
        create("Same Name");
        var again = api.post("/api/automations", operator, "{\"name\":\"Same Name\",\"stages\":" + STAGES + "}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("same-name");
        String otherTeam = api.token(SluiceApi.newTenant(), "operator");
        assertThat(api.post("/api/automations", otherTeam, "{\"name\":\"Same Name\",\"stages\":" + STAGES + "}").status())
                .isEqualTo(201);
    }

    @Test
    void invalid_stages_are_422_with_every_path_and_nothing_is_stored() {
        int before = count();
        var response = api.post("/api/automations", operator, """
                {"name":"Broken","stages":[
                  {"name":"a","type":"teleport"},
                  {"name":"b","type":"http","params":{"timeout_seconds":"soon"}},
                  {"name":"b","type":"condition","params":{"if":{"no_such_op":[1]}}},
                  {"name":"d","type":"transform","params":{"set":{"x":1}},"retry":{"max_attempts":0}}]}""");
        assertThat(response.status()).isEqualTo(422);
        List<String> paths = new ArrayList<>();
        response.json().get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertThat(paths).contains("stages[0].type", "stages[1].params.url", "stages[1].params.timeout_seconds",
                "stages[2].name", "stages[2].params.if", "stages[3].retry.max_attempts");
        assertThat(response.detail()).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void skip_to_must_name_a_later_stage() {
        var response = api.post("/api/automations", operator, """
                {"name":"Loop","stages":[
                  {"name":"first","type":"log","params":{"message":"x"}},
                  {"name":"check","type":"condition","params":{"if":true,"then":{"skip_to":"first"}}}]}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("path").asText()).isEqualTo("stages[1].params.then.skip_to");
    }

    @Test
    void unknown_fields_and_non_objects_are_refused() {
        assertThat(api.post("/api/automations", operator, "{\"name\":\"x\",\"stages\":" + STAGES + ",\"colour\":\"red\"}")
                .json().get("errors").get(0).get("path").asText()).isEqualTo("colour");
        assertThat(api.post("/api/automations", operator, "[]").status()).isEqualTo(422);
        assertThat(api.post("/api/automations", operator, "{oops").status()).isEqualTo(400);
        assertThat(api.post("/api/automations", operator, "{\"name\":\"x\"}").status()).isEqualTo(422);
    }

    @Test
    void config_reads_and_updates_settings() {
        String id = create("Configurable");
        JsonNode config = api.get("/api/automations/" + id + "/config", viewer).json();
        assertThat(config.get("enabled").asBoolean()).isTrue();
        assertThat(config.get("max_retries").isNull()).isTrue();
        var put = api.send("PUT", "/api/automations/" + id + "/config", Map.of("Authorization", "Bearer " + operator,
                "Content-Type", "application/json"),
                "{\"enabled\":false,\"batch_size\":25,\"stage_credits\":{\"fetch\":3},\"max_retries\":1}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode after = api.get("/api/automations/" + id + "/config", viewer).json();
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.get("batch_size").asInt()).isEqualTo(25);
        assertThat(after.get("stage_credits").get("fetch").asLong()).isEqualTo(3);
        var bad = api.send("PUT", "/api/automations/" + id + "/config", Map.of("Authorization", "Bearer " + operator,
                "Content-Type", "application/json"), "{\"stage_credits\":{\"nope\":1}}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("path").asText()).isEqualTo("stage_credits.nope");
    }

    @Test
    void other_tenants_and_malformed_ids_get_404() {
        String id = create("Private");
        String stranger = api.token(SluiceApi.newTenant(), "admin");
        assertThat(api.get("/api/automations/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/automations/" + id + "/config", stranger).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/automations/" + id, Map.of("Authorization", "Bearer " + stranger), null)
                .status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/automations/" + id, Map.of("Authorization", "Bearer " + stranger,
                "Content-Type", "application/json"), "{\"name\":\"Stolen\",\"stages\":" + STAGES + "}").status()).isEqualTo(404);
        assertThat(api.get("/api/automations/auto_nope", viewer).status()).isEqualTo(404);
        assertThat(api.get("/api/automations/" + id, viewer).json().get("name").asText()).isEqualTo("Private");
    }

    @Test
    void viewers_read_but_do_not_write() {
        assertThat(api.post("/api/automations", viewer, "{\"name\":\"x\",\"stages\":" + STAGES + "}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/automations", viewer).status()).isEqualTo(200);
    }
}
