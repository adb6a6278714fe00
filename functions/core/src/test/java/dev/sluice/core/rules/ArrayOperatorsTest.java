package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.json;
import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayOperatorsTest {

    private static final String PEOPLE = "{\"people\": [{\"name\": \"Ann\", \"age\": 30}, "
            + "{\"name\": \"Bob\", \"age\": 12}], \"name\": \"outer\"}";

    @Test
    void map_scopes_var_to_the_current_element() {
        assertThat(run("{\"map\": [{\"var\": \"people\"}, {\"var\": \"name\"}]}", PEOPLE))
                .isEqualTo(List.of("Ann", "Bob"));
    }

    @Test
    void filter_keeps_the_original_elements() {
        Map<?, ?> data = (Map<?, ?>) json(PEOPLE);
        List<?> people = (List<?>) data.get("people");

        Object adults = Rules.evaluate(json("{\"filter\": [{\"var\": \"people\"}, {\">=\": [{\"var\": \"age\"}, 18]}]}"), data);

        assertThat((List<?>) adults).singleElement().isSameAs(people.get(0));
    }

    @Test
    void reduce_exposes_current_and_accumulator() {
        String rule = "{\"reduce\": [{\"var\": \"people\"}, "
                + "{\"+\": [{\"var\": \"accumulator\"}, {\"var\": \"current.age\"}]}, 0]}";

        assertThat(run(rule, PEOPLE)).isEqualTo(42.0);
    }

    @Test
    void reduce_without_initial_value_starts_from_null() {
        assertThat(run("{\"reduce\": [[1, 2], {\"cat\": [{\"var\": \"accumulator\"}, {\"var\": \"current\"}]}]}"))
                .isEqualTo("12");
    }

    @Test
    void reduce_of_a_non_array_returns_the_initial_value() {
        assertThat(run("{\"reduce\": [{\"var\": \"nothing\"}, 1, \"start\"]}", "{}")).isEqualTo("start");
    }

    @Test
    void non_array_sources_behave_as_empty() {
        assertThat(run("{\"map\": [\"abc\", 1]}")).isEqualTo(List.of());
        assertThat(run("{\"filter\": [{\"var\": \"x\"}, true]}", "{}")).isEqualTo(List.of());
    }

    @Test
    void all_is_false_for_an_empty_array() {
        assertThat(run("{\"all\": [[], true]}")).isEqualTo(false);
        assertThat(run("{\"all\": [[1, 2], {\">\": [{\"var\": \"\"}, 0]}]}")).isEqualTo(true);
        assertThat(run("{\"all\": [[1, 0], {\"var\": \"\"}]}")).isEqualTo(false);
    }

    @Test
    void none_is_true_for_an_empty_array() {
        assertThat(run("{\"none\": [[], true]}")).isEqualTo(true);
        assertThat(run("{\"none\": [[0, \"\"], {\"var\": \"\"}]}")).isEqualTo(true);
        assertThat(run("{\"none\": [[0, 1], {\"var\": \"\"}]}")).isEqualTo(false);
    }

    @Test
    void some_is_false_for_an_empty_array() {
        assertThat(run("{\"some\": [[], true]}")).isEqualTo(false);
        assertThat(run("{\"some\": [[0, [], 3], {\"var\": \"\"}]}")).isEqualTo(true);
    }

    @Test
    void iterators_nest_with_their_own_scope() {
        String rule = "{\"map\": [{\"var\": \"rows\"}, {\"reduce\": [{\"var\": \"\"}, "
                + "{\"+\": [{\"var\": \"accumulator\"}, {\"var\": \"current\"}]}, 0]}]}";

        assertThat(run(rule, "{\"rows\": [[1, 2], [3], []]}")).isEqualTo(List.of(3.0, 3.0, 0L));
    }

    @Test
    void merge_flattens_exactly_one_level() {
        assertThat(run("{\"merge\": [[1, [2]], 3, [[4]]]}")).isEqualTo(json("[1, [2], 3, [4]]"));
        assertThat(run("{\"merge\": []}")).isEqualTo(List.of());
    }
}
