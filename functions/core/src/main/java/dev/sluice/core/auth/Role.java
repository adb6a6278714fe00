package dev.sluice.core.auth;

import dev.sluice.core.error.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Tenant roles, ordered: each role includes every lower one. */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The lowercase wire name ({@code viewer}, {@code operator}, {@code admin}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role below it, as wire names: what an access check may ask for. */
    public List<String> grantedRoles() {
        return Arrays.stream(values()).filter(this::includes).map(Role::wireName).toList();
    }

    /** Parses a wire name; anything else is a 422 naming the allowed values. */
    public static Role parse(String path, String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.wireName().equals(value)) {
                    return role;
                }
            }
        }
        throw new ValidationException(path, "must be one of viewer, operator, admin");
    }
}
