package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.compile;
import static dev.sluice.core.rules.TestRules.json;
import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void unknown_operator_is_a_rule_exception() {
        assertThatThrownBy(() -> run("{\"frobnicate\": [1, 2]}"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("Unknown operator \"frobnicate\"");
    }

    @Test
    void unknown_operator_fails_at_compile_time_even_in_an_untaken_branch() {
        assertThatThrownBy(() -> compile("{\"if\": [true, 1, {\"nope\": []}]}"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("\"nope\"");
    }

    @Test
    void operator_names_are_case_sensitive() {
        assertThatThrownBy(() -> run("{\"AND\": [true]}")).isInstanceOf(RuleException.class);
    }

    @Test
    void compiled_rule_is_reusable_across_data() {
        CompiledRule rule = compile("{\"if\": [{\">=\": [{\"var\": \"age\"}, 18]}, \"adult\", \"minor\"]}");

        assertThat(rule.evaluate(json("{\"age\": 30}"))).isEqualTo("adult");
        assertThat(rule.evaluate(json("{\"age\": 12}"))).isEqualTo("minor");
        assertThat(rule.evaluate(json("{\"age\": 18}"))).isEqualTo("adult");
        assertThat(rule.evaluate(null)).isEqualTo("minor");
    }

    @Test
    void compiled_rule_is_unaffected_by_later_changes_to_the_source_rule() {
        Map<String, Object> rule = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(List.of(Map.of("var", "x"), 1));
        rule.put("==", args);
        CompiledRule compiled = Rules.compile(rule);

        args.set(1, 2);
        rule.put("other", "key");

        assertThat(compiled.evaluate(Map.of("x", 1))).isEqualTo(true);
    }

    @Test
    void compiled_rule_can_be_shared_between_threads() {
        CompiledRule rule = compile("{\"reduce\": [{\"var\": \"xs\"}, "
                + "{\"+\": [{\"var\": \"accumulator\"}, {\"var\": \"current\"}]}, 0]}");

        List<Double> sums = IntStream.range(0, 2_000).parallel()
                .mapToObj(n -> (Double) rule.evaluate(Map.of("xs", List.of(n, n, 1))))
                .toList();

        assertThat(sums).containsExactlyElementsOf(
                IntStream.range(0, 2_000).mapToObj(n -> 2.0 * n + 1).toList());
    }

    @Test
    void map_with_several_keys_is_a_literal_and_is_not_evaluated() {
        Object result = run("{\"a\": {\"var\": \"x\"}, \"b\": 2}", "{\"x\": 1}");

        assertThat(result).isEqualTo(json("{\"a\": {\"var\": \"x\"}, \"b\": 2}"));
    }

    @Test
    void arrays_are_evaluated_element_wise() {
        assertThat(run("[{\"var\": \"a\"}, [{\"+\": [1, 2]}], \"x\"]", "{\"a\": 5}"))
                .isEqualTo(List.of(5L, List.of(3.0), "x"));
    }

    @Test
    void each_evaluation_returns_a_fresh_array() {
        CompiledRule rule = compile("[1, 2]");

        Object first = rule.evaluate(null);
        Object second = rule.evaluate(null);

        assertThat(first).isEqualTo(second).isNotSameAs(second);
    }

    @Test
    void truthy_treats_empty_array_as_false_and_zero_string_as_true() {
        assertThat(Rules.truthy(List.of())).isFalse();
        assertThat(Rules.truthy(List.of(0))).isTrue();
        assertThat(Rules.truthy("0")).isTrue();
        assertThat(Rules.truthy("")).isFalse();
        assertThat(Rules.truthy(0)).isFalse();
        assertThat(Rules.truthy(Double.NaN)).isFalse();
        assertThat(Rules.truthy(null)).isFalse();
        assertThat(Rules.truthy(Map.of())).isTrue();
    }

    @Test
    void any_java_number_type_is_accepted_in_data() {
        CompiledRule rule = compile("{\"+\": [{\"var\": \"a\"}, {\"var\": \"b\"}, {\"var\": \"c\"}]}");

        Object sum = rule.evaluate(Map.of("a", 1, "b", new BigDecimal("2.5"), "c", 0.5f));

        assertThat(sum).isEqualTo(4.0);
    }

    @Test
    void undefined_never_reaches_the_caller() {
        assertThat(run("{\"and\": []}")).isNull();
        assertThat(run("[{\"or\": []}]")).isEqualTo(json("[null]"));
        assertThat(run("{\"map\": [[1, 2]]}")).isEqualTo(json("[null, null]"));
    }
}
