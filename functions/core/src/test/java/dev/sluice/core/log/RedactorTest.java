package dev.sluice.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @Test
    void registered_values_are_masked_wherever_they_appear_longest_first() {
        Redactor redactor = new Redactor();
        redactor.add("s3cr3t-value");
        redactor.add("s3cr3t-value-and-more");
        assertThat(redactor.apply("a=s3cr3t-value-and-more b=s3cr3t-value c"))
                .isEqualTo("a=*** b=*** c");
    }

    @Test
    void short_blank_and_null_values_are_not_registered() {
        Redactor redactor = new Redactor();
        redactor.add("abc");
        redactor.add("   ");
        redactor.add(null);
        assertThat(redactor.apply("abc is fine")).isEqualTo("abc is fine");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sent Authorization: Bearer eyJhbGciOi.abc.def now | sent Authorization: Bearer *** now",
            "token bearer abc123._-~+/= end                    | token bearer *** end",
            "X-Admin-Key=k3y-v4lue&x=1                          | X-Admin-Key=***&x=1",
            "{\"authorization\":\"Basic dXNlcjpwYXNz\"}         | {\"authorization\":\"Basic ***\"}",
            "password: hunter22                                 | password: ***",
            "nothing secret here                                | nothing secret here"})
    void credential_shapes_are_masked_without_registration(String line, String expected) {
        assertThat(new Redactor().apply(line.strip())).isEqualTo(expected.strip());
    }

    @Test
    void sensitive_header_names_and_their_secret_parts() {
        assertThat(SensitiveHeaders.isSensitive("Authorization")).isTrue();
        assertThat(SensitiveHeaders.isSensitive("X-Admin-Key")).isTrue();
        assertThat(SensitiveHeaders.isSensitive("X-Github-Token")).isTrue();
        assertThat(SensitiveHeaders.isSensitive("Content-Type")).isFalse();
        assertThat(SensitiveHeaders.isSensitive(null)).isFalse();
        assertThat(SensitiveHeaders.secretsOf("Bearer abc.def")).containsExactly("Bearer abc.def", "abc.def");
        assertThat(SensitiveHeaders.secretsOf("plainkey")).containsExactly("plainkey");
        assertThat(SensitiveHeaders.secretsOf(" ")).isEmpty();
    }
}
