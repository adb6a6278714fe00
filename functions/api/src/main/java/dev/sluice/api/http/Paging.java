package dev.sluice.api.http;

import dev.sluice.core.error.ValidationException;

/** Validation of the {@code limit} query parameter shared by list endpoints. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    public static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException("limit", "must be an integer between 1 and " + MAX_LIMIT);
    }
}
