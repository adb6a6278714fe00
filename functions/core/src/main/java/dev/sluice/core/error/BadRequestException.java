package dev.sluice.core.error;

/** The request is malformed (unreadable body, wrong content type). */
public final class BadRequestException extends SluiceException {

    public BadRequestException(String detail) {
        super(detail);
    }

    public BadRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
