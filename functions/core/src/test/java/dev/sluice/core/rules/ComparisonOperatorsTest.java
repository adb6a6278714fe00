package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonOperatorsTest {

    @ParameterizedTest(name = "{0} == {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "1       | \"1\"   | true",
        "0       | \"\"    | true",
        "0       | \"0\"   | true",
        "\"\"    | \"0\"   | false",
        "null    | 0       | false",
        "null    | false   | false",
        "false   | \"0\"   | true",
        "[]      | false   | true",
        "[]      | \"\"    | true",
        "[1]     | 1       | true",
        "[1,2]   | \"1,2\" | true",
        "[]      | []      | false",
        "true    | \"1\"   | true",
        "true    | \"true\"| false",
        "\"abc\" | \"abc\" | true",
    })
    void loose_equality_coerces_like_javascript(String left, String right, boolean expected) {
        assertThat(run("{\"==\": [" + left + ", " + right + "]}")).isEqualTo(expected);
        assertThat(run("{\"!=\": [" + left + ", " + right + "]}")).isEqualTo(!expected);
    }

    @Test
    void null_equals_a_missing_argument() {
        assertThat(run("{\"==\": [null]}")).isEqualTo(true);
        assertThat(run("{\"===\": [null]}")).isEqualTo(false);
    }

    @Test
    void strict_equality_compares_numbers_by_value_across_java_types() {
        Object rule = Map.of("===", List.of(Map.of("var", "a"), Map.of("var", "b")));

        assertThat(Rules.evaluate(rule, Map.of("a", 1, "b", 1.0))).isEqualTo(true);
        assertThat(Rules.evaluate(rule, Map.of("a", 1L, "b", "1"))).isEqualTo(false);
    }

    @Test
    void arrays_and_objects_are_equal_only_to_themselves() {
        assertThat(run("{\"===\": [{\"var\": \"a\"}, {\"var\": \"a\"}]}", "{\"a\": [1]}")).isEqualTo(true);
        assertThat(run("{\"===\": [{\"var\": \"a\"}, {\"var\": \"b\"}]}", "{\"a\": [1], \"b\": [1]}")).isEqualTo(false);
    }

    @Test
    void nan_is_not_equal_to_itself() {
        assertThat(run("{\"==\": [{\"/\": [0, 0]}, {\"/\": [0, 0]}]}")).isEqualTo(false);
    }

    @Test
    void less_than_has_an_exclusive_between_form() {
        assertThat(run("{\"<\": [1, 2, 3]}")).isEqualTo(true);
        assertThat(run("{\"<\": [1, 1, 3]}")).isEqualTo(false);
        assertThat(run("{\"<\": [1, 3, 3]}")).isEqualTo(false);
    }

    @Test
    void less_or_equal_has_an_inclusive_between_form() {
        assertThat(run("{\"<=\": [1, 1, 3]}")).isEqualTo(true);
        assertThat(run("{\"<=\": [1, 3, 3]}")).isEqualTo(true);
        assertThat(run("{\"<=\": [1, 4, 3]}")).isEqualTo(false);
    }

    @Test
    void two_strings_compare_lexicographically_otherwise_numerically() {
        assertThat(run("{\"<\": [\"10\", \"9\"]}")).isEqualTo(true);
        assertThat(run("{\"<\": [10, \"9\"]}")).isEqualTo(false);
        assertThat(run("{\">\": [\"b\", \"a\"]}")).isEqualTo(true);
    }

    @Test
    void comparisons_with_nan_are_false() {
        assertThat(run("{\"<\": [\"abc\", 1]}")).isEqualTo(false);
        assertThat(run("{\">=\": [\"abc\", 1]}")).isEqualTo(false);
        assertThat(run("{\"<=\": [{\"var\": \"x\"}, 1]}", "{}")).isEqualTo(true);
    }
}
