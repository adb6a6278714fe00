package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final Map<String, Object> DATA = StageData.of(TestInvocation.params("{}")
            .input("{\"order\": {\"id\": 7, \"total\": 12.5, \"tags\": [\"a\", \"b\"], \"paid\": true, \"note\": null}}")
            .context("{\"items\": [{\"id\": \"x1\"}, {\"id\": \"x2\"}], \"name\": \"Ada\", \"whole\": 3.0}")
            .item(Map.of("sku", "S-1"))
            .attempt(2)
            .build());

    private static Object render(Object value) {
        return Templates.render(value, DATA);
    }

    @Test
    void sole_placeholder_yields_the_raw_value_with_its_type() {
        assertThat(render("${input.order.id}")).isEqualTo(7L);
        assertThat(render("${input.order.paid}")).isEqualTo(true);
        assertThat(render("${input.order.tags}")).isEqualTo(List.of("a", "b"));
        assertThat(render("${input.order.note}")).isNull();
        assertThat(render("${context.items.1}")).isEqualTo(Map.of("id", "x2"));
    }

    @Test
    void embedded_placeholders_use_the_string_form_of_the_value() {
        assertThat(render("order ${input.order.id} for ${context.name}")).isEqualTo("order 7 for Ada");
        assertThat(render("total=${input.order.total} whole=${context.whole} paid=${input.order.paid}"))
                .isEqualTo("total=12.5 whole=3 paid=true");
        assertThat(render("tags=${input.order.tags} first=${context.items.0}"))
                .isEqualTo("tags=[\"a\",\"b\"] first={\"id\":\"x1\"}");
        assertThat(render("note=${input.order.note}")).isEqualTo("note=null");
    }

    @Test
    void dot_paths_index_lists() {
        assertThat(render("${context.items.0.id}-${context.items.1.id}")).isEqualTo("x1-x2");
    }

    @Test
    void run_and_item_are_available() {
        assertThat(render("${run.id}/${run.stage}/${run.attempt}")).isEqualTo("run_01J/fetch/2");
        assertThat(render("${run.attempt}")).isEqualTo(2L);
        assertThat(render("${item.sku}")).isEqualTo("S-1");
    }

    @Test
    void maps_and_lists_are_rendered_recursively_keys_untouched() {
        Object rendered = render(map("{\"${input.order.id}\": [\"${context.name}\", {\"n\": \"${input.order.id}\"}, 5]}"));

        assertThat(rendered).isEqualTo(Map.of("${input.order.id}", List.of("Ada", Map.of("n", 7L), 5L)));
    }

    @Test
    void unresolved_reference_is_an_error_naming_it() {
        assertThatThrownBy(() -> render("hello ${context.missing}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("unresolved placeholder ${context.missing}");
        assertThatThrownBy(() -> render("${context.items.2.id}")).hasMessage("unresolved placeholder ${context.items.2.id}");
        assertThatThrownBy(() -> render("${context.name.first}")).hasMessage("unresolved placeholder ${context.name.first}");
        assertThatThrownBy(() -> render("${secrets.key}")).hasMessage("unresolved placeholder ${secrets.key}");
    }

    @Test
    void item_is_unresolved_outside_for_each() {
        Map<String, Object> data = StageData.of(TestInvocation.params("{}").build());

        assertThatThrownBy(() -> Templates.render("${item.sku}", data)).hasMessage("unresolved placeholder ${item.sku}");
    }

    @Test
    void double_dollar_escapes_a_literal_placeholder() {
        assertThat(render("$${input.order.id}")).isEqualTo("${input.order.id}");
        assertThat(render("cost: $${x} is ${input.order.id}")).isEqualTo("cost: ${x} is 7");
        assertThat(render("$5 and $ alone")).isEqualTo("$5 and $ alone");
    }

    @Test
    void unterminated_placeholder_is_an_error() {
        assertThatThrownBy(() -> render("x ${input.order.id")).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("unterminated placeholder ${input.order.id");
    }

    @Test
    void strings_without_placeholders_and_other_values_are_unchanged() {
        assertThat(render("plain")).isEqualTo("plain");
        assertThat(render("")).isEqualTo("");
        assertThat(render(42L)).isEqualTo(42L);
        assertThat(render(null)).isNull();
    }

    @Test
    void render_text_formats_even_a_sole_placeholder() {
        assertThat(Templates.renderText("${input.order.tags}", DATA)).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void has_placeholders_checks_syntax_without_data() {
        assertThat(Templates.hasPlaceholders("https://x/${input.id}")).isTrue();
        assertThat(Templates.hasPlaceholders("https://x/$${input.id}")).isFalse();
        assertThatThrownBy(() -> Templates.hasPlaceholders("${}")).isInstanceOf(TemplateException.class);
    }
}
