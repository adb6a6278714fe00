package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.automation;
import static dev.sluice.core.engine.EngineFixtures.batched;
import static dev.sluice.core.engine.EngineFixtures.catalog;
import static dev.sluice.core.engine.EngineFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.stage.StageDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanResolverTest {

    private final PlanResolver resolver = new PlanResolver(catalog());

    @Test
    void credits_come_from_config_then_the_stage_then_the_executor_default() {
        var automation = automation(List.of(stage("a", "paid", null), stage("b", "paid", 7L), stage("c", "paid", 7L),
                stage("d", "free", null)), new AutomationConfig(null, null, Map.of("c", 11L), null), true, 1);

        List<StageDefinition> plan = resolver.resolve(automation);

        assertThat(plan).extracting(StageDefinition::credits).containsExactly(3L, 7L, 11L, 0L);
        assertThat(plan).extracting(StageDefinition::name).containsExactly("a", "b", "c", "d");
    }

    @Test
    void a_configured_zero_overrides_a_stage_price() {
        var automation = automation(List.of(stage("a", "paid", 5L)), new AutomationConfig(null, null, Map.of("a", 0L),
                null), true, 1);

        assertThat(resolver.resolve(automation).get(0).credits()).isZero();
    }

    @Test
    void config_batch_settings_override_only_for_each_stages() {
        var automation = automation(List.of(batched("each", "paid"), stage("plain", "paid", null)),
                new AutomationConfig(50, 30, Map.of(), null), true, 1);

        List<StageDefinition> plan = resolver.resolve(automation);

        assertThat(plan.get(0).batchSize()).isEqualTo(50);
        assertThat(plan.get(0).batchDelaySeconds()).isEqualTo(30);
        assertThat(plan.get(1).batchSize()).isEqualTo(10);
        assertThat(plan.get(1).batchDelaySeconds()).isZero();
    }

    @Test
    void without_config_a_for_each_stage_keeps_its_own_batching() {
        List<StageDefinition> plan = resolver.resolve(automation(List.of(batched("each", "paid"))));

        assertThat(plan.get(0).batchSize()).isEqualTo(10);
        assertThat(plan.get(0).batchDelaySeconds()).isEqualTo(5);
    }

    @Test
    void max_retries_sets_max_attempts_to_one_more_and_keeps_the_delays() {
        var automation = automation(List.of(stage("a", "paid", null)), new AutomationConfig(null, null, Map.of(), 4),
                true, 1);

        var retry = resolver.resolve(automation).get(0).retry();

        assertThat(retry.maxAttempts()).isEqualTo(5);
        assertThat(retry.initialDelay()).isEqualTo(EngineFixtures.RETRY.initialDelay());
        assertThat(retry.multiplier()).isEqualTo(EngineFixtures.RETRY.multiplier());
        assertThat(retry.maxDelay()).isEqualTo(EngineFixtures.RETRY.maxDelay());
    }

    @Test
    void zero_max_retries_means_a_single_attempt() {
        var automation = automation(List.of(stage("a", "paid", null)), new AutomationConfig(null, null, Map.of(), 0),
                true, 1);

        assertThat(resolver.resolve(automation).get(0).retry().maxAttempts()).isEqualTo(1);
    }

    @Test
    void without_max_retries_the_stage_retry_policy_is_kept() {
        assertThat(resolver.resolve(automation(List.of(stage("a", "paid", null)))).get(0).retry())
                .isEqualTo(EngineFixtures.RETRY);
    }

    @Test
    void the_other_stage_fields_are_kept() {
        StageDefinition original = batched("each", "paid");

        StageDefinition resolved = resolver.resolve(automation(List.of(original))).get(0);

        assertThat(resolved.type()).isEqualTo(original.type());
        assertThat(resolved.params()).isEqualTo(original.params());
        assertThat(resolved.timeoutSeconds()).isEqualTo(original.timeoutSeconds());
        assertThat(resolved.onFailure()).isEqualTo(original.onFailure());
        assertThat(resolved.forEach()).isEqualTo(original.forEach());
    }

    @Test
    void an_unregistered_stage_type_without_credits_is_a_conflict() {
        assertThatThrownBy(() -> resolver.resolve(automation(List.of(stage("gone", "retired", null)))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("retired");
    }
}
