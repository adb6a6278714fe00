package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.asMap;
import static dev.sluice.core.stage.TestInvocation.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.error.ValidationException.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpStageSchemaTest {

    private static final StageSchema SCHEMA = HttpStageSchema.SCHEMA;

    private static List<FieldError> validate(String json) {
        return SCHEMA.validate("stages[0].params", map(json));
    }

    @Test
    void full_http_params_are_valid() {
        assertThat(validate("""
                {"method": "POST", "url": "https://api.example.com/orders/${input.id}?q=1",
                 "headers": {"Authorization": "Bearer ${context.token}", "X-Trace": "t"},
                 "body": {"id": "${input.id}"}, "timeout_seconds": 300, "expected_status": [200, "4xx", "201"],
                 "extract": {"order_id": "/data/id", "raw": "", "odd": "/a~1b/~0c/0"}}""")).isEmpty();
    }

    @Test
    void http_url_must_be_http_or_https_unless_templated() {
        assertThat(validate("{\"url\": \"ftp://example.com/x\"}"))
                .containsExactly(new FieldError("stages[0].params.url", "must be an http or https URL"));
        assertThat(validate("{\"url\": \"example.com/x\"}"))
                .containsExactly(new FieldError("stages[0].params.url", "must be an http or https URL"));
        assertThat(validate("{\"url\": \"http://exa mple.com\"}"))
                .containsExactly(new FieldError("stages[0].params.url", "is not a valid URL"));
        assertThat(validate("{\"url\": \"${input.url}\"}")).isEmpty();
        assertThat(validate("{\"url\": \"https://x/${input.id\"}")).singleElement()
                .extracting(FieldError::message).asString().startsWith("unterminated placeholder");
    }

    @Test
    void http_method_is_an_upper_case_verb() {
        assertThat(validate("{\"url\": \"http://h/\", \"method\": \"get\"}")).containsExactly(new FieldError(
                "stages[0].params.method", "must be one of GET, POST, PUT, PATCH, DELETE, HEAD"));
    }

    @Test
    void http_timeout_is_between_1_and_300_seconds() {
        assertThat(validate("{\"url\": \"http://h/\", \"timeout_seconds\": 0}"))
                .containsExactly(new FieldError("stages[0].params.timeout_seconds", "must be at least 1"));
        assertThat(validate("{\"url\": \"http://h/\", \"timeout_seconds\": 301}"))
                .containsExactly(new FieldError("stages[0].params.timeout_seconds", "must be at most 300"));
    }

    @Test
    void http_expected_status_items_are_codes_or_classes() {
        assertThat(validate("{\"url\": \"http://h/\", \"expected_status\": [200, \"2XX\", \"6xx\", 99, \"ok\", 200.5]}"))
                .extracting(FieldError::path).containsExactly(
                        "stages[0].params.expected_status[2]", "stages[0].params.expected_status[3]",
                        "stages[0].params.expected_status[4]", "stages[0].params.expected_status[5]");
        assertThat(validate("{\"url\": \"http://h/\", \"expected_status\": []}"))
                .containsExactly(new FieldError("stages[0].params.expected_status", "must list at least one status"));
    }

    @Test
    void http_extract_needs_variable_names_and_json_pointers() {
        assertThat(validate("{\"url\": \"http://h/\", \"extract\": {\"9lives\": \"/a\", \"ok\": \"data/id\", \"t\": \"/a~2\"}}"))
                .extracting(FieldError::path).containsExactly(
                        "stages[0].params.extract.9lives", "stages[0].params.extract.ok", "stages[0].params.extract.t");
    }

    @Test
    void http_headers_the_client_or_sluice_set_cannot_be_given() {
        assertThat(validate("{\"url\": \"http://h/\", \"headers\": {\"Host\": \"x\", \"idempotency-key\": \"k\", \"Bad Name\": \"v\"}}"))
                .containsExactly(
                        new FieldError("stages[0].params.headers.Host", "is set by Sluice and cannot be given"),
                        new FieldError("stages[0].params.headers.idempotency-key", "is set by Sluice and cannot be given"),
                        new FieldError("stages[0].params.headers.Bad Name", "is not a valid header name"));
    }

    @Test
    void http_describe_shows_defaults() {
        Map<String, Object> described = SCHEMA.describe();

        assertThat(described).containsOnlyKeys("method", "url", "headers", "body", "timeout_seconds", "expected_status", "extract");
        assertThat(asMap(described.get("method"))).containsEntry("default", "GET");
        assertThat(asMap(described.get("url"))).containsEntry("required", true);
        assertThat(asMap(described.get("timeout_seconds"))).containsEntry("default", 30);
        assertThat(asMap(described.get("expected_status"))).containsEntry("default", List.of("2xx"));
    }

    @Test
    void http_timeout_ends_a_second_before_the_invocation_deadline() {
        assertThat(HttpStageExecutor.timeout(30, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(4));
        assertThat(HttpStageExecutor.timeout(30, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpStageExecutor.timeout(30, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpStageExecutor.timeout(30, Duration.ofMillis(800))).isNegative();
    }
}
