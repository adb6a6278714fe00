package dev.sluice.core.error;

/** The caller is not authenticated, or its credentials are invalid or expired. */
public final class UnauthorizedException extends SluiceException {

    public UnauthorizedException(String detail) {
        super(detail);
    }

    public UnauthorizedException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
