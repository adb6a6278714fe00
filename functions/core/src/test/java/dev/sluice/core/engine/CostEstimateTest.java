package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.batched;
import static dev.sluice.core.engine.EngineFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostEstimateTest {

    @Test
    void the_estimate_is_the_sum_of_stage_credits_and_a_for_each_stage_counts_once() {
        var plan = List.of(stage("a", "paid", 3L), stage("b", "paid", 2L),
                withCredits(batched("each", "paid"), 4L));

        CostEstimate cost = CostEstimate.of(plan);

        assertThat(cost.estimated()).isEqualTo(9);
        assertThat(cost.required()).isEqualTo(11); // ceil(10.8)
    }

    @Test
    void required_is_the_estimate_times_1_2_rounded_up() {
        assertThat(CostEstimate.ofEstimate(0).required()).isZero();
        assertThat(CostEstimate.ofEstimate(1).required()).isEqualTo(2);
        assertThat(CostEstimate.ofEstimate(5).required()).isEqualTo(6);
        assertThat(CostEstimate.ofEstimate(10).required()).isEqualTo(12);
        assertThat(CostEstimate.ofEstimate(11).required()).isEqualTo(14); // ceil(13.2)
    }

    @Test
    void a_balance_covers_the_estimate_only_from_required_up() {
        CostEstimate cost = CostEstimate.ofEstimate(5);

        assertThat(cost.coveredBy(5)).isFalse();
        assertThat(cost.coveredBy(6)).isTrue();
        assertThat(CostEstimate.ofEstimate(0).coveredBy(0)).isTrue();
    }

    @Test
    void a_stage_without_resolved_credits_counts_zero() {
        assertThat(CostEstimate.of(List.of(stage("a", "paid", null))).estimated()).isZero();
    }

    private static StageDefinition withCredits(StageDefinition s, long c) {
        return new StageDefinition(s.name(), s.type(), s.params(), s.retry(), s.timeoutSeconds(),
                c, s.onFailure(), s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }
}
