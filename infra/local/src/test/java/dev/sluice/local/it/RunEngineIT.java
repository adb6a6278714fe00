package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalCloud;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 3's acceptance: runs executed end to end by the worker on the local cloud. */
@ExtendWith(LocalCloudExtension.class)
class RunEngineIT {

    private static TargetServer target;
    private RunFixture fx;

    @BeforeAll
    static void startTarget() throws Exception {
        target = new TargetServer();
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    @BeforeEach
    void setUp(SluiceApi api) {
        fx = new RunFixture(api);
        fx.grant(1_000);
    }

    static String fiveStages(String tag) {
        return """
                [{"name":"fetch","type":"http","params":{"url":"%s","extract":{"item_name":"/name","count":"/count"}}},
                 {"name":"compute","type":"transform","params":{"set":{"double":{"*":[{"var":"context.count"},2]}}}},
                 {"name":"gate","type":"condition","params":{"if":{">":[{"var":"context.double"},0]},
                   "else":{"end":"failed","reason":"nothing to notify"}}},
                 {"name":"notify","type":"http","params":{"method":"POST","url":"%s",
                   "body":{"name":"${context.item_name}","double":"${context.double}"}}},
                 {"name":"done","type":"log","params":{"message":"notified ${context.item_name}"}}]"""
                .formatted(target.url("/items/" + tag + "/${input.id}"), target.url("/notify/" + tag));
    }

    @Test
    void a_five_stage_pipeline_runs_to_succeeded_with_every_stage_result_visible() {
        String tag = SluiceApi.newTenant();
        String id = fx.automation("Five " + tag, fiveStages(tag), null);
        String runId = fx.start(id, "{\"id\":\"42\"}");

        JsonNode run = fx.awaitTerminal(runId);

        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("automation_id").asText()).isEqualTo(id);
        assertThat(run.get("trigger").asText()).isEqualTo("manual");
        assertThat(run.get("finished_at").isNull()).isFalse();
        List<String> names = new ArrayList<>();
        for (JsonNode stage : run.get("stages")) {
            names.add(stage.get("name").asText());
            assertThat(stage.get("status").asText()).as(stage.toString()).isEqualTo("passed");
            assertThat(stage.get("attempts").asInt()).isEqualTo(1);
            assertThat(stage.get("result").isNull()).as(stage.toString()).isFalse();
            assertThat(stage.get("started_at").isNull()).isFalse();
            assertThat(stage.get("finished_at").isNull()).isFalse();
        }
        assertThat(names).containsExactly("fetch", "compute", "gate", "notify", "done");
        assertThat(run.get("context").get("item_name").asText()).isEqualTo("widget");
        assertThat(run.get("context").get("double").asInt()).isEqualTo(6);
        assertThat(run.get("credits_used").asLong()).isEqualTo(2);

        var fetched = target.seen("/items/" + tag + "/");
        assertThat(fetched).hasSize(1);
        assertThat(fetched.get(0).path()).endsWith("/42");
        assertThat(fetched.get(0).header("Idempotency-Key")).isEqualTo(runId + ":fetch:1");
        var notified = target.seen("/notify/" + tag);
        assertThat(notified).hasSize(1);
        assertThat(notified.get(0).body()).contains("\"name\":\"widget\"").contains("6");
        assertThat(fx.api.get("/api/credits", fx.viewer).json().get("balance").asLong()).isEqualTo(998);
    }

    @Test
    void pause_during_a_wait_then_resume_finishes() {
        String id = fx.automation("Waits", """
                [{"name":"first","type":"log","params":{"message":"before"}},
                 {"name":"nap","type":"wait","params":{"seconds":2}},
                 {"name":"last","type":"log","params":{"message":"after"}}]""", null);
        String runId = fx.start(id, "");
        fx.awaitStatus(runId, "waiting");

        var paused = fx.control(runId, "pause");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().get("status").asText()).isEqualTo("paused");
        RunFixture.sleep(3_000);
        assertThat(fx.run(runId).get("status").asText()).isEqualTo("paused");
        assertThat(fx.control(runId, "pause").status()).isEqualTo(409);

        var resumed = fx.control(runId, "resume");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(fx.control(runId, "resume").status()).isEqualTo(409);
        assertThat(fx.control(runId, "cancel").status()).isEqualTo(409);
    }

    @Test
    void cancel_a_running_run_releases_the_lock_and_a_second_run_starts() {
        String tag = SluiceApi.newTenant();
        String id = fx.automation("Slow " + tag, """
                [{"name":"slow","type":"http","params":{"url":"%s"}},
                 {"name":"after","type":"log","params":{"message":"should not run"}}]"""
                .formatted(target.url("/slow/2500/" + tag)), null);
        String runId = fx.start(id, "");
        fx.awaitStatus(runId, "running");
        assertThat(fx.startRaw(id, "").status()).isEqualTo(409);

        var cancel = fx.control(runId, "cancel");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("cancelled");
        assertThat(run.get("stages").get(1).get("status").asText()).isIn("cancelled", "skipped", "pending");

        String second = fx.start(id, "");
        assertThat(second).isNotEqualTo(runId);
        fx.control(second, "cancel");
        fx.awaitTerminal(second);
    }

    @Test
    void run_is_refused_with_409_402_and_422_where_it_must_be() {
        String waits = """
                [{"name":"nap","type":"wait","params":{"seconds":30}}]""";
        String id = fx.automation("Busy", waits, null);
        String first = fx.start(id, "");
        var busy = fx.startRaw(id, "");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.detail()).isNotBlank();
        fx.control(first, "cancel");

        String disabled = fx.automation("Off", waits, "\"enabled\":false");
        var off = fx.startRaw(disabled, "");
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.detail()).containsIgnoringCase("disabled");

        RunFixture poor = new RunFixture(fx.api);
        String costly = poor.automation("Costly", """
                [{"name":"call","type":"http","params":{"url":"%s"},"credits":5}]""".formatted(target.url("/x")), null);
        var estimate = poor.api.get("/api/automations/" + costly + "/estimate", poor.viewer).json();
        assertThat(estimate.get("estimated_credits").asLong()).isEqualTo(5);
        assertThat(estimate.get("required").asLong()).isEqualTo(6);
        assertThat(estimate.get("sufficient").asBoolean()).isFalse();
        var broke = poor.startRaw(costly, "");
        assertThat(broke.status()).isEqualTo(402);
        assertThat(broke.detail()).isNotBlank();
        poor.grant(5);
        assertThat(poor.startRaw(costly, "").status()).as("5 < 6 required").isEqualTo(402);

        var invalid = fx.api.post("/api/automations", fx.operator, """
                {"name":"Bad","stages":[{"name":"a","type":"nope"},{"name":"a","type":"log","params":{}}]}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void retries_record_three_attempts_with_growing_delays() {
        String tag = SluiceApi.newTenant();
        String id = fx.automation("Flaky " + tag, """
                [{"name":"call","type":"http","params":{"url":"%s"},
                  "retry":{"max_attempts":3,"initial_delay_seconds":1,"multiplier":2,"max_delay_seconds":10,"jitter":0}}]"""
                .formatted(target.url("/flaky/" + tag + "/2")), null);
        String runId = fx.start(id, "");
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("stages").get(0).get("attempts").asInt()).isEqualTo(3);

        var calls = target.seen("/flaky/" + tag);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(c -> c.header("Idempotency-Key"))
                .containsExactly(runId + ":call:1", runId + ":call:2", runId + ":call:3");
        Duration first = Duration.between(calls.get(0).at(), calls.get(1).at());
        Duration second = Duration.between(calls.get(1).at(), calls.get(2).at());
        assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void fifty_concurrent_runs_on_a_concurrency_one_automation_start_exactly_one(LocalCloud cloud) throws Exception {
        String id = fx.automation("Crowded", """
                [{"name":"nap","type":"wait","params":{"seconds":30}}]""", null);
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(50)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                pool.submit(() -> {
                    start.await();
                    statuses.add(fx.startRaw(id, "").status());
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(statuses).hasSize(50);
        assertThat(statuses.stream().filter(s -> s == 202)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(49);
        JsonNode current = fx.api.get("/api/automations/" + id + "/current_run", fx.viewer).json();
        fx.control(current.get("id").asText(), "cancel");
    }
}
