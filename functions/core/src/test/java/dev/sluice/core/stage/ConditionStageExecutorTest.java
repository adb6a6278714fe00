package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.failed;
import static dev.sluice.core.stage.TestInvocation.map;
import static dev.sluice.core.stage.TestInvocation.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionStageExecutorTest {

    private final ConditionStageExecutor condition = new ConditionStageExecutor();

    private StageResult run(String params, String input) {
        return condition.execute(TestInvocation.params(params).input(input).build());
    }

    @Test
    void condition_continues_by_default_and_reports_whether_it_matched() {
        StageResult.Passed matched = passed(run("{\"if\": {\">\": [{\"var\": \"input.n\"}, 1]}}", "{\"n\": 5}"));
        StageResult.Passed unmatched = passed(run("{\"if\": {\">\": [{\"var\": \"input.n\"}, 1]}}", "{\"n\": 0}"));

        assertThat(matched.summary()).isEqualTo(Map.of("matched", true));
        assertThat(unmatched.summary()).isEqualTo(Map.of("matched", false));
        assertThat(matched.contextUpdates()).isEmpty();
    }

    @Test
    void condition_skips_to_a_stage_when_then_says_so() {
        StageResult result = run("{\"if\": {\"var\": \"input.vip\"}, \"then\": {\"skip_to\": \"notify\"}}", "{\"vip\": true}");

        assertThat(result).isEqualTo(new StageResult.JumpTo("notify", Map.of("matched", true)));
    }

    @Test
    void condition_ends_the_run_from_else_with_its_reason() {
        StageResult result = run("{\"if\": {\"var\": \"input.ok\"}, \"then\": \"continue\","
                + " \"else\": {\"end\": \"cancelled\", \"reason\": \"nothing to do\"}}", "{\"ok\": 0}");

        assertThat(result).isEqualTo(new StageResult.EndRun("cancelled", "nothing to do"));
    }

    @Test
    void condition_end_without_reason_gets_one_naming_the_stage() {
        StageResult result = run("{\"if\": true, \"then\": {\"end\": \"succeeded\"}}", "{}");

        assertThat(result).isEqualTo(new StageResult.EndRun("succeeded", "ended by condition stage fetch (then)"));
    }

    @Test
    void condition_uses_jsonlogic_truthiness() {
        assertThat(passed(run("{\"if\": {\"var\": \"input.v\"}}", "{\"v\": []}")).summary()).isEqualTo(Map.of("matched", false));
        assertThat(passed(run("{\"if\": {\"var\": \"input.v\"}}", "{\"v\": \"0\"}")).summary()).isEqualTo(Map.of("matched", true));
        assertThat(passed(run("{\"if\": {\"var\": \"input.v\"}}", "{\"v\": {}}")).summary()).isEqualTo(Map.of("matched", true));
    }

    @Test
    void condition_rule_error_at_run_time_is_not_retriable() {
        StageResult.Failed failed = failed(run("{\"if\": {\"*\": []}}", "{}"));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).startsWith("if: ");
    }

    @Test
    void condition_schema_checks_action_shapes() {
        assertThat(condition.schema().validate("s.params", map("""
                {"if": true, "then": "stop", "else": {"skip_to": "a", "end": "failed"}}"""))).containsExactly(
                new FieldError("s.params.then",
                        "must be \"continue\", {\"skip_to\": \"<stage>\"} or {\"end\": \"succeeded|failed|cancelled\"}"),
                new FieldError("s.params.else",
                        "must be \"continue\", {\"skip_to\": \"<stage>\"} or {\"end\": \"succeeded|failed|cancelled\"}"));
        assertThat(condition.schema().validate("s.params", map("""
                {"if": true, "then": {"end": "done", "reason": 3, "why": 1}, "else": {"skip_to": ""}}"""))).containsExactly(
                new FieldError("s.params.then.why", "unknown key"),
                new FieldError("s.params.then.end", "must be one of succeeded, failed, cancelled"),
                new FieldError("s.params.then.reason", "must be a string"),
                new FieldError("s.params.else.skip_to", "must be a stage name"));
    }

    @Test
    void condition_schema_requires_a_valid_if() {
        assertThat(condition.schema().validate("p", map("{}"))).containsExactly(new FieldError("p.if", "is required"));
        assertThat(condition.schema().validate("p", map("{\"if\": {\"nope\": [1]}}")))
                .singleElement().extracting(FieldError::path).isEqualTo("p.if");
        assertThat(condition.schema().validate("p", map(
                "{\"if\": false, \"then\": {\"skip_to\": \"later\"}, \"else\": {\"end\": \"failed\", \"reason\": \"no\"}}")))
                .isEmpty();
    }
}
