package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.json;
import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataOperatorsTest {

    private static final String ORDER = "{\"customer\": {\"name\": \"Ada\", \"tags\": [\"vip\"]}, "
            + "\"lines\": [{\"sku\": \"a1\", \"qty\": 2}, {\"sku\": \"b2\", \"qty\": null}], \"note\": \"\"}";

    @Test
    void var_follows_dot_paths_through_maps_and_arrays() {
        assertThat(run("{\"var\": \"customer.name\"}", ORDER)).isEqualTo("Ada");
        assertThat(run("{\"var\": \"lines.1.sku\"}", ORDER)).isEqualTo("b2");
        assertThat(run("{\"var\": \"customer.tags.0\"}", ORDER)).isEqualTo("vip");
    }

    @Test
    void var_returns_the_default_only_when_the_path_is_absent() {
        assertThat(run("{\"var\": [\"customer.email\", \"none\"]}", ORDER)).isEqualTo("none");
        assertThat(run("{\"var\": [\"lines.1.qty\", 1]}", ORDER)).isNull();
        assertThat(run("{\"var\": \"customer.email\"}", ORDER)).isNull();
    }

    @Test
    void var_accepts_a_numeric_path() {
        assertThat(run("{\"var\": 1}", "[\"a\", \"b\"]")).isEqualTo("b");
        assertThat(run("{\"var\": [0]}", "[\"a\", \"b\"]")).isEqualTo("a");
    }

    @Test
    void empty_or_null_path_returns_the_whole_data() {
        assertThat(run("{\"var\": \"\"}", "{\"a\": 1}")).isEqualTo(json("{\"a\": 1}"));
        assertThat(run("{\"var\": null}", "5")).isEqualTo(5L);
        assertThat(run("{\"var\": []}", "\"x\"")).isEqualTo("x");
    }

    @Test
    void var_path_can_be_computed_by_another_operation() {
        assertThat(run("{\"var\": {\"cat\": [\"customer.\", \"name\"]}}", ORDER)).isEqualTo("Ada");
    }

    @Test
    void var_reads_length_of_arrays_and_strings() {
        assertThat(run("{\"var\": \"lines.length\"}", ORDER)).isEqualTo(2.0);
        assertThat(run("{\"var\": \"customer.name.length\"}", ORDER)).isEqualTo(3.0);
    }

    @Test
    void missing_lists_absent_null_and_empty_keys() {
        assertThat(run("{\"missing\": [\"customer.name\", \"customer.email\", \"note\", \"lines.1.qty\"]}", ORDER))
                .isEqualTo(List.of("customer.email", "note", "lines.1.qty"));
    }

    @Test
    void missing_accepts_an_array_built_by_another_operation() {
        String rule = "{\"missing\": {\"merge\": [\"vin\", {\"if\": [{\"var\": \"financing\"}, [\"apr\"], []]}]}}";

        assertThat(run(rule, "{\"financing\": true}")).isEqualTo(List.of("vin", "apr"));
        assertThat(run(rule, "{\"vin\": \"x\"}")).isEqualTo(List.of());
    }

    @Test
    void missing_some_is_empty_once_enough_keys_are_present() {
        String rule = "{\"missing_some\": [2, [\"a\", \"b\", \"c\"]]}";

        assertThat(run(rule, "{\"a\": 1, \"c\": 3}")).isEqualTo(List.of());
        assertThat(run(rule, "{\"a\": 1}")).isEqualTo(List.of("b", "c"));
    }

    @Test
    void missing_some_without_a_key_list_is_a_rule_exception() {
        assertThatThrownBy(() -> run("{\"missing_some\": [1, {\"var\": \"keys\"}]}", "{}"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("missing_some");
        assertThatThrownBy(() -> run("{\"missing_some\": [1]}"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("missing_some");
    }
}
