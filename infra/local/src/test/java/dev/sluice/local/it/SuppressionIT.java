package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalCloud;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
        JsonNode skippedEvent = fx.awaitHistory(id, 1).get(0);
        assertThat(skippedEvent.get("status").asText()).isEqualTo("skipped");
        assertThat(skippedEvent.get("trigger").asText()).isEqualTo("event");
        assertThat(skippedEvent.get("error").asText()).contains("Freeze");

        fx.makeDue(cloud, id, Instant.now().truncatedTo(ChronoUnit.MINUTES));
        cloud.schedules().fire("SchedulerFunction");
        List<JsonNode> entries = fx.awaitHistory(id, 2);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("skipped");
            assertThat(e.get("trigger").asText()).isEqualTo("schedule");
        });

        var hooked = fx.api.send("POST", webhook, Map.of("Content-Type", "application/json"), "{\"n\":1}");
        assertThat(hooked.status()).as(hooked.body()).isEqualTo(409);
        assertThat(hooked.detail()).contains("Freeze");
        assertThat(fx.awaitHistory(id, 3)).anySatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("skipped");
            assertThat(e.get("trigger").asText()).isEqualTo("webhook");
        });

        String manual = fx.start(id, "");
        assertThat(fx.awaitTerminal(manual).get("status").asText()).isEqualTo("succeeded");
        assertThat(fx.history(id)).extracting(e -> e.get("status").asText())
                .containsExactlyInAnyOrder("skipped", "skipped", "skipped", "succeeded");
    }
}
