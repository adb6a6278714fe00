package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalCloud;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One tenant's view of automations and runs for the run ITs: create, grant, start, poll. */
final class RunFixture {

    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "cancelled");

    final SluiceApi api;
    final String team;
    final String operator;
    final String viewer;
    final String admin;

    RunFixture(SluiceApi api) {
        this.api = api;
        this.team = SluiceApi.newTenant();
        this.operator = api.token(team, "operator");
        this.viewer = api.token(team, "viewer");
        this.admin = api.token(team, "admin");
    }

    void grant(long credits) {
        var response = api.post("/api/credits", admin, "{\"amount\":" + credits + ",\"reason\":\"test\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Creates an automation from {@code "stages": [...]} plus extra top-level fields, and returns its id. */
    String automation(String name, String stagesJson, String extraFields) {
        String body = "{\"name\":\"" + name + "\",\"stages\":" + stagesJson
                + (extraFields == null || extraFields.isBlank() ? "" : "," + extraFields) + "}";
        var response = api.post("/api/automations", operator, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    SluiceApi.Response startRaw(String automationId, String input) {
        return api.post("/api/automations/" + automationId + "/run", operator, input);
    }

    String start(String automationId, String input) {
        var response = startRaw(automationId, input);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("status").asText()).isEqualTo("queued");
        return response.json().get("run_id").asText();
    }

    JsonNode run(String runId) {
        var response = api.get("/api/automations/runs/" + runId, viewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode awaitTerminal(String runId) {
        return await(runId, r -> TERMINAL.contains(r.get("status").asText()), Duration.ofSeconds(40));
    }

    /** Polls the run's log until it is complete (the run ended and its last lines were stored); returns the tail. */
    JsonNode awaitLogComplete(String runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            var response = api.get("/api/automations/runs/" + runId + "/logs?lines=5000", viewer);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            last = response.json();
            if (last.get("complete").asBoolean()) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("log of run " + runId + " did not complete; last: " + last);
    }

    /** The automation's history (runs and skipped entries), newest first, up to 100. */
    List<JsonNode> history(String automationId) {
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/automations/" + automationId + "/history?limit=100", viewer).json().get("items").forEach(items::add);
        return items;
    }

    /** Polls the history until it has at least {@code count} entries. */
    List<JsonNode> awaitHistory(String automationId, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> items = history(automationId);
            if (items.size() >= count) {
                return items;
            }
            sleep(200);
        }
        throw new AssertionError("automation " + automationId + " has no " + count + " history entries: "
                + history(automationId));
    }

    /**
     * Moves the stored {@code next_run_at} of an automation's schedule (and its due-index key) back to {@code at},
     * as if time had passed: white-box, it edits the item in the local cloud's table.
     */
    void makeDue(LocalCloud cloud, String automationId, Instant at) {
        String table = cloud.physicalName("Table");
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("t#" + team),
                "sk", AttributeValue.fromS("auto#" + automationId));
        Map<String, AttributeValue> item = new HashMap<>(cloud.aws().dynamo()
                .getItem(g -> g.tableName(table).key(key).consistentRead(true)).item());
        item.put("next_run_at", AttributeValue.fromS(at.toString()));
        item.put("gsi1sk", AttributeValue.fromS(at + "#" + team + "#" + automationId));
        cloud.aws().dynamo().putItem(p -> p.tableName(table).item(item));
    }

    JsonNode awaitStatus(String runId, String status) {
        return await(runId, r -> status.equals(r.get("status").asText()), Duration.ofSeconds(30));
    }

    JsonNode await(String runId, Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = run(runId);
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("run " + runId + " did not reach the expected state in " + timeout + "; last: " + last);
    }

    SluiceApi.Response control(String runId, String action) {
        return api.post("/api/automations/runs/" + runId + "/" + action, operator, "");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
