package dev.sluice.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.rules.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Builds {@link StageInvocation}s from JSON text, and unwraps results, for executor tests. */
final class TestInvocation {

    private Map<String, Object> params = Map.of();
    private Map<String, Object> input = Map.of();
    private Map<String, Object> context = Map.of();
    private Object item;
    private Duration remaining = Duration.ofMinutes(5);
    private int attempt = 1;
    private StageLogger log = StageLogger.NONE;

    static TestInvocation params(String json) {
        TestInvocation invocation = new TestInvocation();
        invocation.params = map(json);
        return invocation;
    }

    TestInvocation input(String json) {
        input = map(json);
        return this;
    }

    TestInvocation context(String json) {
        context = map(json);
        return this;
    }

    TestInvocation item(Object value) {
        item = value;
        return this;
    }

    TestInvocation remaining(Duration value) {
        remaining = value;
        return this;
    }

    TestInvocation log(StageLogger value) {
        log = value;
        return this;
    }

    TestInvocation attempt(int value) {
        attempt = value;
        return this;
    }

    StageInvocation build() {
        return new StageInvocation("team_1", "run_01J", "fetch", attempt, params, input, context, item,
                item == null ? -1 : 0, Instant.parse("2026-11-22T10:00:00Z"), remaining, log);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    static StageResult.Passed passed(StageResult result) {
        assertThat(result).isInstanceOf(StageResult.Passed.class);
        return (StageResult.Passed) result;
    }

    static StageResult.Failed failed(StageResult result) {
        assertThat(result).isInstanceOf(StageResult.Failed.class);
        return (StageResult.Failed) result;
    }
}
