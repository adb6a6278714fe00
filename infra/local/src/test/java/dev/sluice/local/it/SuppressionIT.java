package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalCloud;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An active {@code manual_only} maintenance window holds back schedule, event and webhook starts (each leaves a
 * {@code skipped} run naming the window in the automation's history) but not a run started by a person.
 */
@ExtendWith(LocalCloudExtension.class)
class SuppressionIT {

    private static RunFixture fx;
    private static LocalCloud cloud;

    @BeforeAll
    static void setUp(SluiceApi api, LocalCloud localCloud) {
        fx = new RunFixture(api);
        fx.grant(1000);
        cloud = localCloud;
    }

    private List<JsonNode> history(String id) {
        List<JsonNode> items = new ArrayList<>();
        fx.api.get("/api/automations/" + id + "/history?limit=100", fx.viewer).json().get("items").forEach(items::add);
        return items;
    }

    private List<JsonNode> awaitHistory(String id, int count) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            List<JsonNode> items = history(id);
            if (items.size() >= count) {
                return items;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("automation " + id + " has no " + count + " history entries: " + history(id));
    }

    @Test
    void manual_only_suppresses_schedules_events_and_webhooks_but_not_run_now() throws Exception {
        String type = "deploy.done." + SluiceApi.newTenant();
        var created = fx.api.post("/api/automations", fx.operator, "{\"name\":\"Guarded\",\"stages\":"
                + "[{\"name\":\"note\",\"type\":\"log\",\"params\":{\"message\":\"x\"}}],"
                + "\"schedule\":\"* * * * *\",\"triggers\":{\"events\":[\"" + type + "\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String webhook = created.json().get("webhook_path").asText();
        Instant now = Instant.now();
        var window = fx.api.post("/api/maintenance", fx.admin, "{\"name\":\"Freeze\",\"start\":\""
                + now.minusSeconds(60) + "\",\"end\":\"" + now.plusSeconds(3600) + "\",\"autonomy_override\":\"manual_only\"}");
        assertThat(window.status()).as(window.body()).isEqualTo(201);

        assertThat(fx.api.post("/api/events", fx.operator, "{\"type\":\"" + type + "\"}").status()).isEqualTo(202);
        JsonNode skippedEvent = awaitHistory(id, 1).get(0);
        assertThat(skippedEvent.get("status").asText()).isEqualTo("skipped");
        assertThat(skippedEvent.get("trigger").asText()).isEqualTo("event");
        assertThat(skippedEvent.get("error").asText()).contains("Freeze");

        makeDue(id, Instant.now().truncatedTo(ChronoUnit.MINUTES));
        cloud.schedules().fire("SchedulerFunction");
        List<JsonNode> entries = awaitHistory(id, 2);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("skipped");
            assertThat(e.get("trigger").asText()).isEqualTo("schedule");
        });

        var hooked = fx.api.send("POST", webhook, Map.of("Content-Type", "application/json"), "{\"n\":1}");
        assertThat(hooked.status()).as(hooked.body()).isEqualTo(409);
        assertThat(hooked.detail()).contains("Freeze");
        assertThat(awaitHistory(id, 3)).anySatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("skipped");
            assertThat(e.get("trigger").asText()).isEqualTo("webhook");
        });

        String manual = fx.start(id, "");
        assertThat(fx.awaitTerminal(manual).get("status").asText()).isEqualTo("succeeded");
        assertThat(history(id)).extracting(e -> e.get("status").asText())
                .containsExactlyInAnyOrder("skipped", "skipped", "skipped", "succeeded");
    }

    /** Moves the stored next_run_at (and its due-index key) back to {@code at}, as if time had passed. */
    private void makeDue(String automationId, Instant at) {
        String table = cloud.physicalName("Table");
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("t#" + fx.team),
                "sk", AttributeValue.fromS("auto#" + automationId));
        Map<String, AttributeValue> item = new HashMap<>(cloud.aws().dynamo()
                .getItem(g -> g.tableName(table).key(key).consistentRead(true)).item());
        item.put("next_run_at", AttributeValue.fromS(at.toString()));
        item.put("gsi1sk", AttributeValue.fromS(at + "#" + fx.team + "#" + automationId));
        cloud.aws().dynamo().putItem(p -> p.tableName(table).item(item));
    }
}
