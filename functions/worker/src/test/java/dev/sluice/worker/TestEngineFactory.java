package dev.sluice.worker;

import dev.sluice.core.engine.RunEngine;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** In the {@code worker-test} environment the engine is a {@link WorkerHandlerTest.RecordingEngine}. */
@Factory
@Requires(env = "worker-test")
class TestEngineFactory {

    @Singleton
    @Replaces(RunEngine.class)
    RunEngine recordingEngine() {
        return new WorkerHandlerTest.RecordingEngine();
    }
}
