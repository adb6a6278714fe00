package dev.sluice.core.error;

/** The request conflicts with the current state (lock held, wrong status, duplicate). */
public non-sealed class ConflictException extends SluiceException {

    public ConflictException(String detail) {
        super(detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
