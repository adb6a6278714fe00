package dev.sluice.core.log;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which request headers carry credentials, and the values of one that must be redacted from logs: the
 * whole value, and for {@code Authorization: <scheme> <credentials>} the credentials alone too.
 */
public final class SensitiveHeaders {

    private static final Set<String> NAMES = Set.of("authorization", "proxy-authorization", "x-admin-key",
            "cookie", "x-api-key", "api-key", "apikey", "x-auth-token", "x-sluice-signature");
    private static final List<String> PARTS = List.of("token", "secret", "password", "passwd", "api-key", "apikey",
            "api_key", "auth", "signature", "session", "credential", "private");

    private SensitiveHeaders() {
    }

    public static boolean isSensitive(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || PARTS.stream().anyMatch(lower::contains);
    }

    /** The strings to redact for a header value: the value and, after a scheme word, the credentials. */
    public static List<String> secretsOf(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String stripped = value.strip();
        int space = stripped.indexOf(' ');
        return space > 0 ? List.of(stripped, stripped.substring(space + 1).strip()) : List.of(stripped);
    }
}
