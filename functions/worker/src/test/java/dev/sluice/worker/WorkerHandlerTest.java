package dev.sluice.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.sluice.core.engine.EngineSettings;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.engine.StageMessage;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.stage.StageCatalog;
import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerHandlerTest {

    /** Records deliveries; a run id starting with {@code boom} throws like a failing port. */
    static final class RecordingEngine extends RunEngine {
        final List<StageMessage> delivered = new CopyOnWriteArrayList<>();
        final List<Duration> remaining = new CopyOnWriteArrayList<>();

        RecordingEngine() {
            super((RunStore) Proxy.newProxyInstance(RunStore.class.getClassLoader(), new Class<?>[] {RunStore.class},
                    (p, m, a) -> {
                        throw new UnsupportedOperationException();
                    }), (m, d) -> { }, new StageCatalog(), RunLog.NONE, Clock.systemUTC(), new Random(),
                    EngineSettings.DEFAULT);
        }

        @Override
        public DeliveryOutcome deliver(StageMessage message, Duration left) {
            if (message.runId().startsWith("boom")) {
                throw new IllegalStateException("DynamoDB unavailable");
            }
            delivered.add(message);
            remaining.add(left);
            return DeliveryOutcome.APPLIED;
        }
    }

    private final ApplicationContext context = ApplicationContext.builder().environments("worker-test")
            .deduceEnvironment(false).properties(Map.of("aws.region", "us-east-1")).start();
    private final RecordingEngine engine = (RecordingEngine) context.getBean(RunEngine.class);
    private final WorkerHandler handler = new WorkerHandler(context);

    @AfterEach
    void close() {
        context.close();
    }

    private static SQSEvent.SQSMessage record(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    private static String body(String runId, int stage, int attempt) {
        return "{\"team_id\":\"team_1\",\"run_id\":\"" + runId + "\",\"stage\":" + stage + ",\"attempt\":" + attempt + "}";
    }

    @Test
    void each_record_is_delivered_and_only_failing_ones_are_reported() {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(record("m1", body("run_1", 0, 1)), record("m2", body("boom_2", 1, 1)),
                record("m3", "not json"), record("m4", body("run_4", 2, 3))));

        SQSBatchResponse response = handler.handleRequest(event, new TestLambdaContext());

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m2");
        assertThat(engine.delivered).containsExactly(new StageMessage("team_1", "run_1", 0, 1),
                new StageMessage("team_1", "run_4", 2, 3));
        assertThat(engine.remaining).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(42)));
    }

    @Test
    void an_empty_event_has_no_failures() {
        assertThat(handler.handleRequest(new SQSEvent(), new TestLambdaContext()).getBatchItemFailures()).isEmpty();
    }
}
