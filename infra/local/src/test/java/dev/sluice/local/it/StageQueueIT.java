package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.run.SqsStageQueue;
import dev.sluice.aws.run.StageMessages;
import dev.sluice.core.engine.StageMessage;
import dev.sluice.local.LocalCloud;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQS stage queue adapter against the local cloud's SQS. It sends to a queue of its own (the
 * template's stage queue is consumed by the local worker), named as the stage queue by configuration.
 */
@ExtendWith(LocalCloudExtension.class)
class StageQueueIT {

    private static RunStoreFixture fx;
    private static String queueUrl;
    private static SqsStageQueue queue;

    @BeforeAll
    static void setUp(LocalCloud cloud) {
        String name = "stage-queue-it-" + UUID.randomUUID().toString().substring(0, 8);
        queueUrl = cloud.aws().sqs().createQueue(b -> b.queueName(name)).queueUrl();
        fx = new RunStoreFixture(cloud, Map.of("sluice.queue.stage", name));
        queue = new SqsStageQueue(cloud.aws().sqs(), fx.names);
    }

    @AfterAll
    static void tearDown() {
        fx.cloud.aws().sqs().deleteQueue(b -> b.queueUrl(queueUrl));
        fx.close();
    }

    @Test
    void send_writes_the_json_body_and_honours_the_delay() {
        StageMessage now = new StageMessage("team-a", "run_01JD3X0000000000000000000A", 0, 1);
        StageMessage later = new StageMessage("team-a", "run_01JD3X0000000000000000000A", 2, 3);
        queue.send(now, Duration.ZERO);
        queue.send(later, Duration.ofMillis(1500));

        var first = fx.cloud.aws().sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
        assertThat(first).hasSize(1);
        assertThat(first.get(0).body())
                .isEqualTo("{\"team_id\":\"team-a\",\"run_id\":\"run_01JD3X0000000000000000000A\",\"stage\":0,\"attempt\":1}");
        assertThat(StageMessages.decode(first.get(0).body())).isEqualTo(now);

        var second = fx.cloud.aws().sqs().receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(5)).messages();
        assertThat(second).hasSize(1);
        assertThat(StageMessages.decode(second.get(0).body())).isEqualTo(later);
    }

    @Test
    void send_rejects_delays_outside_0_to_900_seconds() {
        StageMessage message = new StageMessage("team-a", "run_x", 0, 1);
        assertThatThrownBy(() -> queue.send(message, Duration.ofSeconds(901))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.send(message, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"team_id\":\"t\",\"stage\":0,\"attempt\":1}",
            "{\"team_id\":\"t\",\"run_id\":\"r\",\"stage\":\"0\",\"attempt\":1}",
            "{\"team_id\":\"t\",\"run_id\":\"r\",\"stage\":0.5,\"attempt\":1}",
            "{\"team_id\":\"t\",\"run_id\":\"r\",\"stage\":-1,\"attempt\":1}",
            "{\"team_id\":\"t\",\"run_id\":\"r\",\"stage\":0,\"attempt\":0}"})
    void decode_rejects_malformed_bodies(String body) {
        assertThatThrownBy(() -> StageMessages.decode(body)).isInstanceOf(IllegalArgumentException.class);
    }
}
