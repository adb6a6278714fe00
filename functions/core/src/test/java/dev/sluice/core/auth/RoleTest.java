package dev.sluice.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void higher_roles_include_lower_ones() {
        assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
        assertThat(Role.ADMIN.grantedRoles()).containsExactly("viewer", "operator", "admin");
        assertThat(Role.VIEWER.grantedRoles()).containsExactly("viewer");
    }

    @Test
    void parse_accepts_only_lowercase_wire_names() {
        assertThat(Role.parse("role", "operator")).isEqualTo(Role.OPERATOR);
        assertThatThrownBy(() -> Role.parse("role", "ADMIN")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Role.parse("role", "root"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("viewer, operator, admin");
        assertThatThrownBy(() -> Role.parse("role", null)).isInstanceOf(ValidationException.class);
    }
}
