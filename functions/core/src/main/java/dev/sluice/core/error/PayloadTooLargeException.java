package dev.sluice.core.error;

/** The request body exceeds the accepted size. */
public final class PayloadTooLargeException extends SluiceException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }

    public PayloadTooLargeException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
