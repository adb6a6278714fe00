package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSchemaTest {

    private static final String AT = "stages[2].params";

    private static final ParamSchema SCHEMA = ParamSchema.of(
            ParamSpec.of("url", ParamType.STRING, "Where.").asRequired().withMaxLength(10),
            ParamSpec.of("count", ParamType.INTEGER, "How many.").withRange(1, 5).withDefault(2),
            ParamSpec.of("ratio", ParamType.NUMBER, "A share.").withRange(0, 0.5),
            ParamSpec.of("flag", ParamType.BOOLEAN, "On or off."),
            ParamSpec.of("options", ParamType.OBJECT, "Anything keyed."),
            ParamSpec.of("items", ParamType.ARRAY, "A list.").withMaxLength(2),
            ParamSpec.of("headers", ParamType.STRING_MAP, "Strings by name."),
            ParamSpec.of("rule", ParamType.JSONLOGIC, "A rule."),
            ParamSpec.oneOf("level", "Severity.", "info", "warn").withDefault("info"));

    private static List<FieldError> validate(String json) {
        return SCHEMA.validate(AT, map(json));
    }

    @Test
    void valid_params_have_no_problems() {
        assertThat(validate("""
                {"url": "u", "count": 3, "ratio": 0.25, "flag": true, "options": {"a": [1]}, "items": [1, 2],
                 "headers": {"X-A": "b"}, "rule": {"==": [1, 1]}, "level": "warn"}""")).isEmpty();
    }

    @Test
    void missing_required_param_is_reported_at_its_full_path() {
        assertThat(validate("{}")).containsExactly(new FieldError("stages[2].params.url", "is required"));
    }

    @Test
    void explicit_null_counts_as_absent() {
        assertThat(validate("{\"url\": null, \"count\": null}"))
                .containsExactly(new FieldError("stages[2].params.url", "is required"));
    }

    @Test
    void unknown_params_are_reported() {
        assertThat(validate("{\"url\": \"u\", \"colour\": \"red\"}"))
                .containsExactly(new FieldError("stages[2].params.colour", "unknown parameter"));
    }

    @Test
    void wrong_types_are_reported_with_the_expected_type() {
        assertThat(validate("""
                {"url": 1, "count": 1.5, "ratio": "x", "flag": "yes", "options": [], "items": {},
                 "headers": "h", "level": 3}""")).containsExactlyInAnyOrder(
                new FieldError("stages[2].params.url", "must be a string"),
                new FieldError("stages[2].params.count", "must be an integer"),
                new FieldError("stages[2].params.ratio", "must be a number"),
                new FieldError("stages[2].params.flag", "must be a boolean"),
                new FieldError("stages[2].params.options", "must be an object"),
                new FieldError("stages[2].params.items", "must be an array"),
                new FieldError("stages[2].params.headers", "must be an object of strings"),
                new FieldError("stages[2].params.level", "must be one of info, warn"));
    }

    @Test
    void every_problem_is_reported_not_just_the_first() {
        assertThat(validate("{\"count\": 0, \"extra\": 1}")).hasSize(3);
    }

    @Test
    void integral_floating_value_is_an_integer() {
        assertThat(validate("{\"url\": \"u\", \"count\": 3.0}")).isEmpty();
    }

    @Test
    void number_bounds_are_inclusive_and_named_in_the_message() {
        assertThat(validate("{\"url\": \"u\", \"count\": 6, \"ratio\": 0.75}")).containsExactly(
                new FieldError("stages[2].params.count", "must be at most 5"),
                new FieldError("stages[2].params.ratio", "must be at most 0.5"));
        assertThat(validate("{\"url\": \"u\", \"count\": 0}"))
                .containsExactly(new FieldError("stages[2].params.count", "must be at least 1"));
        assertThat(validate("{\"url\": \"u\", \"count\": 5, \"ratio\": 0}")).isEmpty();
    }

    @Test
    void max_length_limits_strings_and_arrays() {
        assertThat(validate("{\"url\": \"12345678901\", \"items\": [1, 2, 3]}")).containsExactly(
                new FieldError("stages[2].params.url", "must be at most 10 characters"),
                new FieldError("stages[2].params.items", "must have at most 2 items"));
    }

    @Test
    void string_map_reports_each_non_string_value() {
        assertThat(validate("{\"url\": \"u\", \"headers\": {\"A\": \"ok\", \"B\": 1, \"C\": null}}")).containsExactly(
                new FieldError("stages[2].params.headers.B", "must be a string"),
                new FieldError("stages[2].params.headers.C", "must be a string"));
    }

    @Test
    void jsonlogic_problem_carries_the_rule_compiler_message() {
        List<FieldError> errors = validate("{\"url\": \"u\", \"rule\": {\"frobnicate\": [1]}}");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("stages[2].params.rule");
            assertThat(error.message()).contains("Unknown operator \"frobnicate\"");
        });
    }

    @Test
    void validate_never_throws_on_null_params() {
        assertThat(SCHEMA.validate(AT, null)).containsExactly(new FieldError("stages[2].params.url", "is required"));
    }

    @Test
    void custom_checks_run_only_on_values_of_the_right_type() {
        ParamSchema schema = ParamSchema.of(ParamSpec.of("name", ParamType.STRING, "A name.")
                .withCheck((path, value) -> ((String) value).isBlank() ? List.of(new FieldError(path, "is blank")) : List.of()));

        assertThat(schema.validate("p", map("{\"name\": \" \"}"))).containsExactly(new FieldError("p.name", "is blank"));
        assertThat(schema.validate("p", map("{\"name\": 7}"))).containsExactly(new FieldError("p.name", "must be a string"));
    }

    @Test
    void schema_checks_run_once_every_param_is_valid() {
        ParamSchema schema = ParamSchema.of(
                        ParamSpec.of("a", ParamType.INTEGER, "A."), ParamSpec.of("b", ParamType.INTEGER, "B."))
                .withCheck((path, value) -> ((Map<?, ?>) value).size() == 1 ? List.of()
                        : List.of(new FieldError(path, "give exactly one of a, b")));

        assertThat(schema.validate("p", map("{\"a\": 1, \"b\": 2}"))).containsExactly(new FieldError("p", "give exactly one of a, b"));
        assertThat(schema.validate("p", map("{\"a\": \"x\", \"b\": 2}"))).containsExactly(new FieldError("p.a", "must be an integer"));
    }

    @Test
    void describe_lists_type_required_description_and_default() {
        Map<String, Object> described = SCHEMA.describe();

        assertThat(described).containsOnlyKeys("url", "count", "ratio", "flag", "options", "items", "headers", "rule", "level");
        assertThat(described.get("url")).isEqualTo(Map.of("type", "string", "required", true, "description", "Where.",
                "max_length", 10));
        assertThat(described.get("count")).isEqualTo(Map.of("type", "integer", "required", false, "description", "How many.",
                "default", 2, "minimum", 1, "maximum", 5));
        assertThat(described.get("headers")).isEqualTo(Map.of("type", "string_map", "required", false,
                "description", "Strings by name."));
        assertThat(described.get("level")).isEqualTo(Map.of("type", "enum", "required", false, "description", "Severity.",
                "default", "info", "values", List.of("info", "warn")));
    }

    @Test
    void with_defaults_fills_absent_params_only() {
        assertThat(SCHEMA.withDefaults(map("{\"url\": \"u\", \"count\": 4}")))
                .isEqualTo(Map.of("url", "u", "count", 4L, "level", "info"));
    }

    @Test
    void duplicate_or_badly_named_params_are_programming_errors() {
        ParamSpec spec = ParamSpec.of("a", ParamType.STRING, "A.");
        assertThatThrownBy(() -> ParamSchema.of(spec, spec)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParamSpec.of("timeoutSeconds", ParamType.INTEGER, "T."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParamSpec.of("level", ParamType.ENUM, "L."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
