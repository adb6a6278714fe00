package dev.sluice.hooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.error.PayloadTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_object_is_the_input_as_parsed() {
        assertThat(WebhookBody.input(utf8("{\"a\":1,\"b\":[true,null],\"c\":{\"d\":\"é\"}}")))
                .isEqualTo(Map.of("a", 1L, "b", java.util.Arrays.asList(true, null), "c", Map.of("d", "é")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void empty_or_blank_is_an_empty_input(String body) {
        assertThat(WebhookBody.input(utf8(body))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"a\":1}]", "\"s\"", "1", "true", "null"})
    void a_top_level_value_other_than_an_object_is_400(String body) {
        assertThatThrownBy(() -> WebhookBody.input(utf8(body))).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Webhook body must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{'a':1}", "{\"a\":1} trailing", "a=1&b=2", "<xml/>"})
    void malformed_json_is_400(String body) {
        assertThatThrownBy(() -> WebhookBody.input(utf8(body))).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Webhook body is not valid JSON");
    }

    @Test
    void invalid_utf8_is_400() {
        assertThatThrownBy(() -> WebhookBody.input(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void the_limit_is_256_kib_inclusive() {
        byte[] atLimit = new byte[WebhookBody.MAX_BYTES];
        java.util.Arrays.fill(atLimit, (byte) ' ');
        assertThat(WebhookBody.input(atLimit)).isEmpty();
        assertThatThrownBy(() -> WebhookBody.input(new byte[WebhookBody.MAX_BYTES + 1]))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("262145 bytes");
        assertThatThrownBy(() -> WebhookBody.requireDeclaredLengthWithinLimit(WebhookBody.MAX_BYTES + 1L))
                .isInstanceOf(PayloadTooLargeException.class);
        WebhookBody.requireDeclaredLengthWithinLimit(-1); // unknown length: the bytes are checked instead
    }

    @Test
    void deep_nesting_is_refused_not_a_stack_overflow() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> WebhookBody.input(utf8(deep))).isInstanceOf(BadRequestException.class);
    }
}
