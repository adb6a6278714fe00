package dev.sluice.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a", "team_42", "Acme-Corp", "0lead"})
    void accepts_safe_identifiers(String value) {
        assertThat(new TeamId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-lead", "_x", "a/b", "a#b", "tenants/../x", "naïve",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refuses_anything_that_could_escape_a_key_or_path(String value) {
        assertThatThrownBy(() -> new TeamId(value))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting("path").containsExactly("team_id"));
    }
}
