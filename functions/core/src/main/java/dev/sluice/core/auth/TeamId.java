package dev.sluice.core.auth;

import dev.sluice.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * A tenant identifier. It prefixes every key and object path, so it is restricted to a
 * conservative alphabet: letters, digits, '-' and '_', starting with a letter or digit, 1 to 64 chars.
 */
public record TeamId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public TeamId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new ValidationException("team_id",
                    "must be 1-64 characters of letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
