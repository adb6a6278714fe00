package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalCloud;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cron schedules through the scheduler tick, events through the events queue and rules, workflows by slug. */
@ExtendWith(LocalCloudExtension.class)
class TriggersIT {

    private static RunFixture fx;
    private static LocalCloud cloud;

    @BeforeAll
    static void setUp(SluiceApi api, LocalCloud localCloud) {
        fx = new RunFixture(api);
        fx.grant(1000);
        cloud = localCloud;
    }

    private static final String LOG_STAGE = "[{\"name\":\"note\",\"type\":\"log\",\"params\":{\"message\":\"hi ${input.type}\"}}]";

    private JsonNode automation(String id) {
        return fx.api.get("/api/automations/" + id, fx.viewer).json();
    }

    private void tick() {
        assertThat(cloud.schedules().fire("SchedulerFunction")).isEqualTo(1);
    }

    @Test
    void a_due_schedule_fires_exactly_once_for_three_ticks_and_next_run_at_advances() throws Exception {
        String id = fx.automation("Every minute", LOG_STAGE, "\"schedule\":{\"cron\":\"* * * * *\",\"timezone\":\"Europe/Amsterdam\"}");
        JsonNode created = automation(id);
        assertThat(created.get("schedule").get("cron").asText()).isEqualTo("* * * * *");
        assertThat(created.get("schedule").get("timezone").asText()).isEqualTo("Europe/Amsterdam");
        Instant firstNext = Instant.parse(created.get("next_run_at").asText());
        assertThat(firstNext).isAfter(Instant.now().minusSeconds(1)).isBefore(Instant.now().plusSeconds(61));

        // Three ticks within one minute: not in the last seconds of a minute, or the advanced next_run_at
        // would come due too before the last tick.
        long intoMinute = Instant.now().getEpochSecond() % 60;
        if (intoMinute > 45) {
            Thread.sleep((61 - intoMinute) * 1000);
        }
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        fx.makeDue(cloud, id, slot);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> ticks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ticks.add(pool.submit(() -> {
                go.await();
                tick();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> t : ticks) {
            t.get();
        }
        pool.shutdown();

        List<JsonNode> runs = fx.history(id);
        assertThat(runs).hasSize(1);
        JsonNode run = fx.awaitTerminal(runs.get(0).get("id").asText());
        assertThat(run.get("trigger").asText()).isEqualTo("schedule");
        // The latest slot at or before the tick: the one made due, or the next if a minute turned meanwhile.
        Instant firedSlot = Instant.parse(run.get("input").get("scheduled_for").asText());
        assertThat(firedSlot).isBetween(slot, Instant.now().truncatedTo(ChronoUnit.MINUTES));
        assertThat(firedSlot.truncatedTo(ChronoUnit.MINUTES)).isEqualTo(firedSlot);
        Instant advanced = Instant.parse(automation(id).get("next_run_at").asText());
        assertThat(advanced).isAfter(slot).isAfter(Instant.now().minusSeconds(60));
        tick();
        assertThat(fx.history(id)).as("not due again before its next slot").hasSize(1);
    }

    @Test
    void a_slot_that_meets_the_previous_run_still_running_is_skipped_with_the_reason_in_the_history() {
        String id = fx.automation("Slow nightly", "[{\"name\":\"nap\",\"type\":\"wait\",\"params\":{\"seconds\":120}}]",
                "\"schedule\":\"* * * * *\"");
        String running = fx.start(id, "");
        fx.awaitStatus(running, "waiting");

        fx.makeDue(cloud, id, Instant.now().truncatedTo(ChronoUnit.MINUTES));
        tick();

        List<JsonNode> entries = fx.history(id);
        assertThat(entries).hasSize(2);
        JsonNode skipped = entries.stream().filter(e -> e.get("status").asText().equals("skipped")).findFirst()
                .orElseThrow();
        assertThat(skipped.get("trigger").asText()).isEqualTo("schedule");
        assertThat(skipped.get("error").asText()).contains("active run");
        assertThat(fx.api.post("/api/automations/runs/" + running + "/cancel", fx.operator, "").status()).isEqualTo(200);
    }

    @Test
    void bad_schedules_are_422_and_the_bare_string_form_means_utc() {
        for (String bad : List.of("\"schedule\":\"61 * * * *\"", "\"schedule\":{\"cron\":\"0 3 * * *\",\"timezone\":\"Mars/Base\"}",
                "\"schedule\":{\"cron\":\"0 3 * * *\",\"every\":1}", "\"triggers\":{\"events\":[\"a b\"]}",
                "\"triggers\":{\"events\":[\"x\"],\"rule\":{\"nope\":[1]}}", "\"webhook_secret\":\"short\"")) {
            var response = fx.api.post("/api/automations", fx.operator,
                    "{\"name\":\"bad " + bad.hashCode() + "\",\"stages\":" + LOG_STAGE + "," + bad + "}");
            assertThat(response.status()).as(bad).isEqualTo(422);
            assertThat(response.json().get("errors")).as(bad).isNotEmpty();
        }
        String id = fx.automation("Nightly", LOG_STAGE, "\"schedule\":\"0 3 * * *\"");
        JsonNode a = automation(id);
        assertThat(a.get("schedule").get("timezone").asText()).isEqualTo("UTC");
        assertThat(a.get("next_run_at").asText()).endsWith("T03:00:00Z");
        JsonNode listed = fx.api.get("/api/automations?limit=100", fx.viewer).json().get("items");
        assertThat(listed).anySatisfy(item -> {
            assertThat(item.get("id").asText()).isEqualTo(id);
            assertThat(item.get("schedule").get("cron").asText()).isEqualTo("0 3 * * *");
        });
    }

    @Test
    void concurrent_emits_with_one_dedupe_key_make_one_event_and_one_run() throws Exception {
        String type = "order.created." + SluiceApi.newTenant();
        String id = fx.automation("On order", LOG_STAGE, "\"triggers\":{\"events\":[\"" + type + "\"]}");
        String body = "{\"type\":\"" + type + "\",\"payload\":{\"order\":7},\"dedupe_key\":\"order-7\"}";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SluiceApi.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return fx.api.post("/api/events", fx.operator, body);
            }));
        }
        go.countDown();
        Set<String> eventIds = ConcurrentHashMap.newKeySet();
        int fresh = 0;
        for (Future<SluiceApi.Response> answer : answers) {
            SluiceApi.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            eventIds.add(response.json().get("event_id").asText());
            fresh += response.json().get("duplicate").asBoolean() ? 0 : 1;
        }
        pool.shutdown();
        assertThat(eventIds).hasSize(1);
        assertThat(fresh).isEqualTo(1);

        JsonNode run = fx.awaitHistory(id, 1).get(0);
        run = fx.awaitTerminal(run.get("id").asText());
        assertThat(run.get("trigger").asText()).isEqualTo("event");
        assertThat(run.get("input").get("event_id").asText()).isEqualTo(eventIds.iterator().next());
        assertThat(run.get("input").get("payload").get("order").asInt()).isEqualTo(7);
        sleep(1500);
        assertThat(fx.history(id)).hasSize(1);
    }

    @Test
    void rules_decide_which_automations_an_event_starts() {
        String type = "invoice.paid." + SluiceApi.newTenant();
        String big = fx.automation("Big invoices", LOG_STAGE,
                "\"triggers\":{\"events\":[\"" + type + "\"],\"rule\":{\">\":[{\"var\":\"payload.amount\"},100]}}");
        String all = fx.automation("All invoices", LOG_STAGE, "\"triggers\":{\"events\":[\"" + type + "\"]}");
        String other = fx.automation("Other type", LOG_STAGE, "\"triggers\":{\"events\":[\"invoice.void\"]}");

        assertThat(fx.api.post("/api/events", fx.operator, "{\"type\":\"" + type + "\",\"payload\":{\"amount\":5}}")
                .status()).isEqualTo(202);
        fx.awaitHistory(all, 1);
        sleep(1500);
        assertThat(fx.history(big)).as("the rule does not match").isEmpty();
        assertThat(fx.history(other)).isEmpty();

        fx.api.post("/api/events", fx.operator, "{\"type\":\"" + type + "\",\"payload\":{\"amount\":500}}");
        fx.awaitHistory(big, 1);
        fx.awaitHistory(all, 2);

        for (String bad : List.of("{}", "{\"type\":\"\"}", "{\"type\":\"x\",\"payload\":[1]}", "{\"type\":\"x\",\"extra\":1}",
                "{\"type\":\"x\",\"dedupe_key\":\"\"}")) {
            assertThat(fx.api.post("/api/events", fx.operator, bad).status()).as(bad).isEqualTo(422);
        }
        assertThat(fx.api.post("/api/events", fx.viewer, "{\"type\":\"x\"}").status()).isEqualTo(403);
        assertThat(fx.api.post("/api/events", fx.operator, "{\"type\":").status()).isEqualTo(400);
    }

    @Test
    void a_workflow_runs_by_slug_and_an_unknown_or_foreign_slug_is_404() {
        String id = fx.automation("Slugged flow", LOG_STAGE, null);
        var started = fx.api.post("/api/workflows/slugged-flow/run", fx.operator, "{\"payload\":{\"type\":\"direct\"}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("execution_id").asText();
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("automation_id").asText()).isEqualTo(id);
        assertThat(run.get("input").get("type").asText()).isEqualTo("direct");

        RunFixture stranger = new RunFixture(fx.api);
        assertThat(fx.api.post("/api/workflows/slugged-flow/run", stranger.operator, "{}").status()).isEqualTo(404);
        assertThat(fx.api.post("/api/workflows/NOPE!/run", fx.operator, "{}").status()).isEqualTo(404);
        assertThat(fx.api.post("/api/workflows/slugged-flow/run", fx.operator, "{\"payload\":3}").status()).isEqualTo(422);
        assertThat(fx.api.post("/api/workflows/slugged-flow/run", fx.viewer, "{}").status()).isEqualTo(403);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
