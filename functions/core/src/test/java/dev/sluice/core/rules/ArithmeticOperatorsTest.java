package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArithmeticOperatorsTest {

    @Test
    void arithmetic_results_are_doubles() {
        assertThat(run("{\"+\": [1, 2]}")).isEqualTo(3.0);
        assertThat(run("{\"-\": [5, 2]}")).isEqualTo(3.0);
        assertThat(run("{\"*\": [2, 3]}")).isEqualTo(6.0);
        assertThat(run("{\"/\": [1, 4]}")).isEqualTo(0.25);
        assertThat(run("{\"%\": [7, 4]}")).isEqualTo(3.0);
    }

    @Test
    void division_by_zero_gives_infinity_and_zero_by_zero_gives_nan() {
        assertThat(run("{\"/\": [1, 0]}")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(run("{\"/\": [-1, 0]}")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(run("{\"/\": [0, 0]}")).isEqualTo(Double.NaN);
    }

    @Test
    void modulo_by_zero_is_nan_and_keeps_the_sign_of_the_dividend() {
        assertThat(run("{\"%\": [5, 0]}")).isEqualTo(Double.NaN);
        assertThat(run("{\"%\": [-5, 2]}")).isEqualTo(-1.0);
        assertThat(run("{\"%\": [-4, 2]}")).isEqualTo(-0.0);
    }

    @Test
    void single_minus_negates() {
        assertThat(run("{\"-\": [3]}")).isEqualTo(-3.0);
        assertThat(run("{\"-\": \"2\"}")).isEqualTo(-2.0);
        assertThat(run("{\"-\": [0]}")).isEqualTo(-0.0);
    }

    @Test
    void single_plus_casts_a_string_to_a_number() {
        assertThat(run("{\"+\": \"3.14\"}")).isEqualTo(3.14);
        assertThat(run("{\"===\": [0, {\"+\": \"0\"}]}")).isEqualTo(true);
    }

    @Test
    void plus_and_times_read_operands_with_parse_float() {
        assertThat(run("{\"+\": [\"12px\", 1]}")).isEqualTo(13.0);
        assertThat(run("{\"+\": [true, 1]}")).isEqualTo(Double.NaN);
        assertThat(run("{\"*\": [\" 2\", \"3e1x\"]}")).isEqualTo(60.0);
        assertThat(run("{\"+\": []}")).isEqualTo(0.0);
    }

    @Test
    void minus_divide_and_modulo_read_operands_with_to_number() {
        assertThat(run("{\"-\": [\"12px\", 1]}")).isEqualTo(Double.NaN);
        assertThat(run("{\"-\": [true, \"\"]}")).isEqualTo(1.0);
        assertThat(run("{\"/\": [\"0x10\", [2]]}")).isEqualTo(8.0);
        assertThat(run("{\"-\": [null, 1]}")).isEqualTo(-1.0);
    }

    @Test
    void single_multiplication_operand_is_returned_unchanged() {
        assertThat(run("{\"*\": [\"5\"]}")).isEqualTo("5");
    }

    @Test
    void multiplication_without_operands_fails_when_evaluated() {
        CompiledRule rule = TestRules.compile("{\"if\": [{\"var\": \"go\"}, {\"*\": []}, 0]}");

        assertThat(rule.evaluate(null)).isEqualTo(0L);
        assertThatThrownBy(() -> rule.evaluate(TestRules.json("{\"go\": true}")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("\"*\"");
    }

    @Test
    void max_and_min_coerce_and_are_infinite_without_operands() {
        assertThat(run("{\"max\": [1, \"7\", 3]}")).isEqualTo(7.0);
        assertThat(run("{\"min\": [1, \"x\"]}")).isEqualTo(Double.NaN);
        assertThat(run("{\"max\": []}")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(run("{\"min\": []}")).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
