package dev.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The no-arg constructor is what the java21 runtime calls: Micronaut's function environment, configuration from
 * environment variables only, this module's classpath (the local cloud shares one classpath across functions,
 * so it cannot catch a codec or bean this module lacks). A tick itself needs AWS, so only the start is checked.
 */
class LambdaEntryPointTest {

    @Test
    void the_function_starts_as_the_runtime_starts_it() throws Exception {
        try (SchedulerHandler handler = new SchedulerHandler()) {
            assertThat(handler.getApplicationContext().isRunning()).isTrue();
        }
    }
}
