package dev.sluice.core.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final byte[] BODY = "{\"order\":42}".getBytes(StandardCharsets.UTF_8);

    @Test
    void sign_is_hmac_sha256_in_lowercase_hex_after_the_prefix() {
        // RFC 4231, test case 2.
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void the_senders_signature_verifies() {
        assertThat(WebhookSignature.verify(SECRET, BODY, WebhookSignature.sign(SECRET, BODY))).isTrue();
    }

    @Test
    void uppercase_hex_and_surrounding_whitespace_are_accepted() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        String upper = "sha256=" + signature.substring(7).toUpperCase(Locale.ROOT);
        assertThat(WebhookSignature.verify(SECRET, BODY, " " + upper + " ")).isTrue();
    }

    @Test
    void another_body_or_secret_does_not_verify() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        assertThat(WebhookSignature.verify(SECRET, "{\"order\":43}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", BODY, signature)).isFalse();
    }

    @Test
    void the_signature_covers_the_exact_bytes() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        assertThat(WebhookSignature.verify(SECRET, "{\"order\": 42}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sha256=", "sha1=5bdcc146bf60754e6a042426089575c75a003f08",
            "sha256=zzdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec38",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"})
    void malformed_headers_do_not_verify(String header) {
        assertThat(WebhookSignature.verify(SECRET, BODY, header)).isFalse();
    }

    @Test
    void a_missing_header_does_not_verify() {
        assertThat(WebhookSignature.verify(SECRET, BODY, null)).isFalse();
    }

    @Test
    void an_empty_body_can_be_signed() {
        byte[] empty = new byte[0];
        assertThat(WebhookSignature.verify(SECRET, empty, WebhookSignature.sign(SECRET, empty))).isTrue();
    }
}
