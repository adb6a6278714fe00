package dev.sluice.core.run;

import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.util.Map;

/** Stage definitions for decider tests: plain ones, and variations of a single setting. */
final class TestStages {

    /** 3 attempts, 2 s then 4 s backoff (capped at 5 min), 20 % jitter. */
    static final RetryPolicy RETRY = RetryPolicy.DEFAULT;

    private TestStages() {
    }

    static StageDefinition stage(String name) {
        return new StageDefinition(name, "transform", Map.of(), RETRY, 60, null, FailurePolicy.FAIL, null, 0, 0);
    }

    static StageDefinition waitStage(String name) {
        return new StageDefinition(name, "wait", Map.of(), RetryPolicy.NONE, 0, null, FailurePolicy.FAIL, null, 0, 0);
    }

    static StageDefinition batchStage(String name, int batchDelaySeconds) {
        return new StageDefinition(name, "http", Map.of(), RETRY, 600, null, FailurePolicy.FAIL, "context.items", 10,
                batchDelaySeconds);
    }

    static StageDefinition withRetry(StageDefinition s, RetryPolicy retry) {
        return new StageDefinition(s.name(), s.type(), s.params(), retry, s.timeoutSeconds(), s.credits(),
                s.onFailure(), s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }

    static StageDefinition continuing(StageDefinition s) {
        return new StageDefinition(s.name(), s.type(), s.params(), s.retry(), s.timeoutSeconds(), s.credits(),
                FailurePolicy.CONTINUE, s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }

    static StageDefinition withTimeout(StageDefinition s, int timeoutSeconds) {
        return new StageDefinition(s.name(), s.type(), s.params(), s.retry(), timeoutSeconds, s.credits(),
                s.onFailure(), s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }

    static StageDefinition withCredits(StageDefinition s, long credits) {
        return new StageDefinition(s.name(), s.type(), s.params(), s.retry(), s.timeoutSeconds(), credits,
                s.onFailure(), s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }

    /** No jitter: 2 s, 4 s, 8 s ... capped at {@code max}. */
    static RetryPolicy exponential(int maxAttempts, Duration max) {
        return new RetryPolicy(maxAttempts, Duration.ofSeconds(2), 2.0, max, 0.0);
    }
}
