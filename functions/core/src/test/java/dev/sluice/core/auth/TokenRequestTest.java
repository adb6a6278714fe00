package dev.sluice.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class TokenRequestTest {

    @Test
    void lifetime_defaults_to_one_day() {
        assertThat(TokenRequest.of("acme", "viewer", null).expiresInSeconds()).isEqualTo(86_400);
    }

    @Test
    void lifetime_outside_bounds_is_refused() {
        assertThatThrownBy(() -> TokenRequest.of("acme", "viewer", 59L)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TokenRequest.of("acme", "viewer", 30L * 86_400 + 1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("expires_in");
        assertThat(TokenRequest.of("acme", "admin", 60L).expiresInSeconds()).isEqualTo(60);
    }

    @Test
    void team_is_checked_before_role() {
        assertThatThrownBy(() -> TokenRequest.of("../x", "root", null)).hasMessageContaining("team_id");
    }
}
