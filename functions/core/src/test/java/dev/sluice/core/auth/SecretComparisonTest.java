package dev.sluice.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretComparisonTest {

    @Test
    void equal_secrets_match_and_anything_else_does_not() {
        assertThat(SecretComparison.matches("s3cret", "s3cret")).isTrue();
        assertThat(SecretComparison.matches("s3cret", "s3creT")).isFalse();
        assertThat(SecretComparison.matches("s3cret", "s3cret ")).isFalse();
        assertThat(SecretComparison.matches("s3cret", "")).isFalse();
        assertThat(SecretComparison.matches(null, "x")).isFalse();
        assertThat(SecretComparison.matches("x", null)).isFalse();
    }
}
