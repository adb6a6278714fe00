package dev.sluice.hooks.error;

/**
 * A webhook over its automation's rate limit (429 with {@code Retry-After}). Not a core
 * {@code SluiceException}: only this function refuses for rate, and the sealed core hierarchy stays as it is.
 */
public final class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
