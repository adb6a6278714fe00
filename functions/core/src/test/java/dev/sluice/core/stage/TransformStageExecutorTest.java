package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.failed;
import static dev.sluice.core.stage.TestInvocation.map;
import static dev.sluice.core.stage.TestInvocation.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformStageExecutorTest {

    private final TransformStageExecutor transform = new TransformStageExecutor();

    @Test
    void transform_sets_variables_from_input_context_item_and_run() {
        StageResult result = transform.execute(TestInvocation.params("""
                {"set": {"total": {"*": [{"var": "input.qty"}, {"var": "context.price"}]},
                         "sku": {"var": "item.sku"},
                         "where": {"cat": [{"var": "run.stage"}, "#", {"var": "run.attempt"}]}}}""")
                .input("{\"qty\": 3}").context("{\"price\": 2.5}").item(Map.of("sku", "S-1")).build());

        StageResult.Passed passed = passed(result);
        assertThat(passed.contextUpdates()).containsExactly(
                Map.entry("total", 7.5), Map.entry("sku", "S-1"), Map.entry("where", "fetch#1"));
        assertThat(passed.summary()).isEqualTo(passed.contextUpdates());
    }

    @Test
    void every_expression_sees_the_context_from_before_the_stage() {
        StageResult result = transform.execute(TestInvocation.params(
                "{\"set\": {\"n\": {\"+\": [{\"var\": \"context.n\"}, 1]}, \"m\": {\"var\": \"context.n\"}}}")
                .context("{\"n\": 1}").build());

        assertThat(passed(result).contextUpdates()).isEqualTo(Map.of("n", 2.0, "m", 1L));
    }

    @Test
    void transform_rule_error_at_run_time_is_not_retriable() {
        StageResult result = transform.execute(TestInvocation.params("{\"set\": {\"x\": {\"*\": []}}}").build());

        StageResult.Failed failed = failed(result);
        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).startsWith("set.x: ");
    }

    @Test
    void transform_schema_rejects_bad_variable_names_and_rules() {
        List<FieldError> errors = transform.schema().validate("stages[1].params", map(
                "{\"set\": {\"1st\": 1, \"ok_name\": {\"nope\": []}, \"" + "a".repeat(65) + "\": 2}}"));

        assertThat(errors).extracting(FieldError::path).containsExactlyInAnyOrder(
                "stages[1].params.set.1st", "stages[1].params.set." + "a".repeat(65), "stages[1].params.set.ok_name");
        assertThat(errors).filteredOn(e -> e.path().endsWith("ok_name")).singleElement()
                .extracting(FieldError::message).asString().contains("Unknown operator \"nope\"");
    }

    @Test
    void transform_requires_a_non_empty_set() {
        assertThat(transform.schema().validate("p", map("{}"))).containsExactly(new FieldError("p.set", "is required"));
        assertThat(transform.schema().validate("p", map("{\"set\": {}}")))
                .containsExactly(new FieldError("p.set", "must set at least one variable"));
        assertThat(transform.schema().validate("p", map("{\"set\": {\"_x9\": 1, \"Y\": \"lit\"}}"))).isEmpty();
    }

    @Test
    void invalid_params_at_run_time_fail_without_retry() {
        StageResult.Failed failed = failed(transform.execute(TestInvocation.params("{\"set\": 5}").build()));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).isEqualTo("invalid params: params.set must be an object");
    }
}
