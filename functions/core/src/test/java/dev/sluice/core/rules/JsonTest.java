package dev.sluice.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void parses_scalars_into_plain_java_values() {
        assertThat(Json.parse("null")).isNull();
        assertThat(Json.parse(" true ")).isEqualTo(true);
        assertThat(Json.parse("false")).isEqualTo(false);
        assertThat(Json.parse("\"hi\"")).isEqualTo("hi");
    }

    @Test
    void integers_become_longs_and_other_numbers_doubles() {
        assertThat(Json.parse("42")).isEqualTo(42L);
        assertThat(Json.parse("-7")).isEqualTo(-7L);
        assertThat(Json.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Json.parse("9223372036854775808")).isEqualTo(9.223372036854775808e18);
        assertThat(Json.parse("1.5")).isEqualTo(1.5);
        assertThat(Json.parse("1e3")).isEqualTo(1000.0);
        assertThat(Json.parse("-2.5E-3")).isEqualTo(-0.0025);
        assertThat(Json.parse("1E+2")).isEqualTo(100.0);
        assertThat(Json.parse("-0")).isEqualTo(-0.0);
    }

    @Test
    void parses_nested_structures_keeping_key_order() {
        Object value = Json.parse("{\"b\": [1, {\"c\": null}], \"a\": {}}");

        assertThat(value).isInstanceOf(LinkedHashMap.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(new ArrayList<Object>(map.keySet())).containsExactly("b", "a");
        assertThat(map.get("a")).isEqualTo(Map.of());
        List<Object> list = new ArrayList<>((List<?>) map.get("b"));
        assertThat(list).hasSize(2).startsWith(1L);
        Map<Object, Object> inner = new LinkedHashMap<>((Map<?, ?>) list.get(1));
        assertThat(inner).containsEntry("c", null).hasSize(1);
    }

    @Test
    void decodes_escapes_and_unicode_sequences() {
        assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"")).isEqualTo("a\"b\\c/d\b\f\n\r\t");
        assertThat(Json.parse("\"\\u00e9\\u20AC\"")).isEqualTo("é€");
        assertThat(Json.parse("\"\\ud83d\\ude00\"")).isEqualTo("😀");
        assertThat(Json.parse("\"\\ude00\"")).isEqualTo("\ude00");
    }

    @Test
    void a_repeated_key_keeps_the_last_value() {
        assertThat(Json.parse("{\"a\": 1, \"a\": 2}")).isEqualTo(Map.of("a", 2L));
    }

    @Test
    void trailing_garbage_is_rejected_with_its_offset() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("trailing")
                .hasMessageContaining("offset 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "01", "1.", ".5", "+1", "-", "1e", "1e+", "NaN", "Infinity", "[1,]",
        "{\"a\":1,}", "{'a':1}", "{a:1}", "[1 2]", "\"abc", "\"tab\there\"", "\"\\x\"", "\"\\u12g4\"",
        "tru", "nul", "[", "{\"a\" 1}", "\u00a01", "/* c */ 1", "[] []"})
    void invalid_json_is_rejected(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class).hasMessageContaining("offset");
    }

    @Test
    void excessive_nesting_is_rejected_instead_of_overflowing_the_stack() {
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000)))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("Nesting");
    }

    @Test
    void writes_numbers_the_way_javascript_does() {
        List<Object> numbers = List.of(3.0, 1.5, -0.0, 1e21, 1e-7, 123456789012345680000.0, 7L, 5e-324);

        assertThat(Json.write(numbers)).isEqualTo("[3,1.5,0,1e+21,1e-7,123456789012345680000,7,5e-324]");
        assertThat(Json.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY))).isEqualTo("[null,null]");
    }

    @Test
    void writes_strings_with_minimal_escapes() {
        assertThat(Json.write("q\"b\\n\n\u0001é😀\ud800")).isEqualTo("\"q\\\"b\\\\n\\n\\u0001é😀\\ud800\"");
    }

    @Test
    void write_and_parse_round_trip() {
        String text = "{\"rule\":{\"and\":[{\"<\":[{\"var\":\"a\"},1.5]},true,null]},\"list\":[[],{},\"x\"]}";

        assertThat(Json.write(Json.parse(text))).isEqualTo(text);
    }

    @Test
    void writing_an_unsupported_value_is_rejected() {
        List<Object> list = new ArrayList<>();
        list.add(new Object());

        assertThatThrownBy(() -> Json.write(list)).isInstanceOf(JsonException.class).hasMessageContaining("java.lang.Object");
    }
}
