package dev.sluice.core.stream;

import dev.sluice.core.error.ValidationException;

/**
 * The lifetime of a stream ticket: short, because a ticket travels in a URL ({@code ?token=}), where
 * proxies and browser history keep it. At most 5 minutes, at least 10 seconds; 5 minutes by default.
 */
public final class TicketLifetime {

    public static final long MIN_SECONDS = 10;
    public static final long MAX_SECONDS = 300;
    public static final String FIELD = "expires_in";

    private TicketLifetime() {
    }

    /** {@code expiresIn} as parsed from JSON: null means the default; anything but an integer in range is a 422. */
    public static long of(Object expiresIn) {
        if (expiresIn == null) {
            return MAX_SECONDS;
        }
        if (expiresIn instanceof Long seconds && seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) {
            return seconds;
        }
        throw new ValidationException(FIELD, "must be an integer between " + MIN_SECONDS + " and " + MAX_SECONDS
                + " seconds");
    }
}
