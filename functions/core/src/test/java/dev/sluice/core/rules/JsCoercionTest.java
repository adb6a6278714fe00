package dev.sluice.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsCoercionTest {

    @ParameterizedTest(name = "Number(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
        "''          | 0",
        "'  42  '    | 42",
        "0x1A        | 26",
        "0b101       | 5",
        "0o17        | 15",
        "1e3         | 1000",
        ".5          | 0.5",
        "5.          | 5",
        "-Infinity   | -Infinity",
        "12px        | NaN",
        "1_000       | NaN",
        "-0x10       | NaN",
        "infinity    | NaN",
        "1e400       | Infinity",
    })
    void to_number_follows_string_to_number(String text, double expected) {
        assertThat(Double.valueOf(JsCoercion.toNumber(text))).isEqualTo(Double.valueOf(expected));
    }

    @Test
    void to_number_of_non_strings() {
        assertThat(JsCoercion.toNumber(null)).isEqualTo(0.0);
        assertThat(JsCoercion.toNumber(Undefined.INSTANCE)).isNaN();
        assertThat(JsCoercion.toNumber(true)).isEqualTo(1.0);
        assertThat(JsCoercion.toNumber(List.of())).isEqualTo(0.0);
        assertThat(JsCoercion.toNumber(List.of("7"))).isEqualTo(7.0);
        assertThat(JsCoercion.toNumber(List.of(1, 2))).isNaN();
        assertThat(JsCoercion.toNumber(Map.of())).isNaN();
    }

    @ParameterizedTest(name = "parseFloat(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
        "'  3.5abc'  | 3.5",
        "-.5e1x      | -5",
        "1e          | 1",
        "0x10        | 0",
        "Infinityx   | Infinity",
        "''          | NaN",
        "abc         | NaN",
    })
    void parse_float_reads_the_longest_decimal_prefix(String text, double expected) {
        assertThat(Double.valueOf(JsNumbers.parseFloat(text))).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest(name = "String({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1.0                    | 1",
        "-1.5                   | -1.5",
        "0.1                    | 0.1",
        "100                    | 100",
        "1e21                   | 1e+21",
        "1.5e21                 | 1.5e+21",
        "1e20                   | 100000000000000000000",
        "1e-6                   | 0.000001",
        "1e-7                   | 1e-7",
        "1.5e-7                 | 1.5e-7",
        "123456789.125          | 123456789.125",
        "5e-324                 | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "0.30000000000000004    | 0.30000000000000004",
        "-0.0                   | 0",
    })
    void numbers_print_like_javascript(double value, String expected) {
        assertThat(JsCoercion.toJsString(value)).isEqualTo(expected);
    }

    @Test
    void special_numbers_print_like_javascript() {
        assertThat(JsCoercion.toJsString(Double.NaN)).isEqualTo("NaN");
        assertThat(JsCoercion.toJsString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(JsCoercion.toJsString(Long.MAX_VALUE)).isEqualTo("9223372036854776000");
    }

    @Test
    void arrays_and_objects_print_like_javascript() {
        assertThat(JsCoercion.toJsString(Arrays.asList(1, null, List.of(2, 3), "x"))).isEqualTo("1,,2,3,x");
        assertThat(JsCoercion.toJsString(Map.of("a", 1))).isEqualTo("[object Object]");
    }

    @Test
    void loose_equality_treats_null_and_undefined_as_equal_only_to_each_other() {
        assertThat(JsCoercion.looseEquals(null, Undefined.INSTANCE)).isTrue();
        assertThat(JsCoercion.looseEquals(null, 0)).isFalse();
        assertThat(JsCoercion.looseEquals(Undefined.INSTANCE, "")).isFalse();
    }

    @Test
    void truthiness_matches_jsonlogic() {
        assertThat(JsCoercion.truthy(List.of())).isFalse();
        assertThat(JsCoercion.truthy(-0.0)).isFalse();
        assertThat(JsCoercion.truthy(Undefined.INSTANCE)).isFalse();
        assertThat(JsCoercion.truthy(List.of(List.of()))).isTrue();
    }
}
