package dev.sluice.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The no-arg constructor is what the java21 runtime calls: Micronaut's function environment, configuration from
 * environment variables only, this module's classpath (the local cloud shares one classpath across functions,
 * so it cannot catch a codec or bean this module lacks).
 */
class LambdaEntryPointTest {

    @Test
    void the_function_starts_as_the_runtime_starts_it_and_answers_an_empty_batch() throws Exception {
        try (WorkerHandler handler = new WorkerHandler()) {
            SQSEvent event = new SQSEvent();
            event.setRecords(List.of());
            assertThat(handler.handleRequest(event, new TestLambdaContext()).getBatchItemFailures()).isEmpty();
        }
    }
}
