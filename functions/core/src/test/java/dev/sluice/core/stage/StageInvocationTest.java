package dev.sluice.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageInvocationTest {

    private static StageInvocation of(Object item, int itemIndex, int attempt) {
        return new StageInvocation("team_1", "run_01J", "notify", attempt, Map.of(), Map.of(), Map.of(), item,
                itemIndex, Instant.parse("2026-11-22T10:00:00Z"), Duration.ofSeconds(10));
    }

    @Test
    void an_unbatched_attempt_is_keyed_by_run_stage_and_attempt() {
        assertThat(of(null, -1, 2).idempotencyKey()).isEqualTo("run_01J:notify:2");
    }

    @Test
    void every_for_each_item_gets_its_own_key() {
        assertThat(of("a", 0, 1).idempotencyKey()).isEqualTo("run_01J:notify:1:0");
        assertThat(of("b", 7, 1).idempotencyKey()).isEqualTo("run_01J:notify:1:7");
        assertThat(of("b", 7, 2).idempotencyKey()).isNotEqualTo(of("b", 7, 1).idempotencyKey());
    }
}
