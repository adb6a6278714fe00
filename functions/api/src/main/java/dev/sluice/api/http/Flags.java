package dev.sluice.api.http;

import dev.sluice.core.error.ValidationException;

/** Boolean query parameters such as {@code ?force=true}: absent or {@code false} is false; anything else but {@code true} is 422. */
public final class Flags {

    private Flags() {
    }

    public static boolean parse(String name, String raw) {
        if (raw == null || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ValidationException(name, "must be true or false");
    }
}
