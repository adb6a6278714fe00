package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.engine.ArmedCrash;
import dev.sluice.local.LocalCloud;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 3's acceptance on delivery: duplicates, a crash between the stored decision and the next message, the DLQ. */
@ExtendWith(LocalCloudExtension.class)
class RunRecoveryIT {

    private static TargetServer target;
    private RunFixture fx;
    private LocalCloud cloud;

    @BeforeAll
    static void startTarget() throws Exception {
        target = new TargetServer();
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    @BeforeEach
    void setUp(SluiceApi api, LocalCloud cloud) {
        this.fx = new RunFixture(api);
        this.cloud = cloud;
        fx.grant(100);
    }

    private String body(String runId, int stage, int attempt) {
        return "{\"team_id\":\"" + fx.team + "\",\"run_id\":\"" + runId + "\",\"stage\":" + stage
                + ",\"attempt\":" + attempt + "}";
    }

    private String queueUrl(String logicalId) {
        return cloud.aws().sqs().getQueueUrl(b -> b.queueName(cloud.physicalName(logicalId))).queueUrl();
    }

    private static SQSEvent eventOf(String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(UUID.randomUUID().toString());
        message.setBody(body);
        message.setEventSource("aws:sqs");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    @Test
    void the_same_stage_message_delivered_many_times_calls_the_target_once() throws Exception {
        String tag = SluiceApi.newTenant();
        String id = fx.automation("Dup " + tag, """
                [{"name":"nap","type":"wait","params":{"seconds":2}},
                 {"name":"call","type":"http","params":{"url":"%s"}},
                 {"name":"end","type":"log","params":{"message":"done"}}]""".formatted(target.url("/dup/" + tag)), null);
        String runId = fx.start(id, "");
        fx.awaitStatus(runId, "waiting");
        String queue = queueUrl("StageQueue");
        for (int i = 0; i < 3; i++) {
            cloud.aws().sqs().sendMessage(b -> b.queueUrl(queue).messageBody(body(runId, 0, 1)).delaySeconds(2));
        }
        RunFixture.sleep(2_000);
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                pool.submit(() -> {
                    go.await();
                    return cloud.function("WorkerFunction").invoke(eventOf(body(runId, 0, 1)));
                });
            }
            go.countDown();
        }
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        RunFixture.sleep(1_000);
        assertThat(target.seen("/dup/" + tag)).hasSize(1);
        assertThat(run.get("stages").get(1).get("attempts").asInt()).isEqualTo(1);
        assertThat(run.get("credits_used").asLong()).isEqualTo(1);
        assertThat(fx.api.get("/api/credits", fx.viewer).json().get("balance").asLong()).isEqualTo(99);
    }

    @Test
    void a_crash_after_the_decision_is_stored_is_finished_by_the_reaper() {
        String tag = SluiceApi.newTenant();
        String id = fx.automation("Crash " + tag, """
                [{"name":"nap","type":"wait","params":{"seconds":2}},
                 {"name":"call","type":"http","params":{"url":"%s"}},
                 {"name":"end","type":"log","params":{"message":"done"}}]""".formatted(target.url("/crash/" + tag)), null);
        String runId = fx.start(id, "");
        JsonNode waiting = fx.awaitStatus(runId, "waiting");
        ArmedCrash crash = cloud.function("WorkerFunction").context().getBean(ArmedCrash.class);
        // The wake-up delivery stores "nap passed, call is next" as the next version, then crashes before
        // sending (or chaining) the message for "call".
        crash.arm(runId, waiting.get("version").asLong() + 1);
        JsonNode stuck = fx.await(runId, r -> "passed".equals(r.get("stages").get(0).get("status").asText()),
                Duration.ofSeconds(20));
        RunFixture.sleep(1_500);
        assertThat(fx.run(runId).get("status").asText()).as(stuck.toString()).isNotIn("succeeded", "failed");
        assertThat(target.seen("/crash/" + tag)).isEmpty();

        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode run = fx.run(runId);
        while (Instant.now().isBefore(deadline) && !"succeeded".equals(run.get("status").asText())) {
            cloud.schedules().fire("SchedulerFunction");
            RunFixture.sleep(500);
            run = fx.run(runId);
        }
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(target.seen("/crash/" + tag)).hasSize(1);
    }

    @Test
    void a_stage_message_in_the_dead_letter_queue_fails_its_run_with_a_clear_error() {
        String id = fx.automation("Dead", """
                [{"name":"nap","type":"wait","params":{"seconds":60}}]""", null);
        String runId = fx.start(id, "");
        fx.awaitStatus(runId, "waiting");
        String dlq = queueUrl("StageDeadLetterQueue");
        cloud.aws().sqs().sendMessage(b -> b.queueUrl(dlq).messageBody(body(runId, 0, 1)));

        cloud.schedules().fire("SchedulerFunction");
        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("error").asText()).containsIgnoringCase("dead-letter");
        assertThat(fx.start(id, "")).as("the lock was released").isNotBlank();
    }
}
