package dev.sluice.core.error;

/**
 * Root of every domain error. Each subtype names one kind of failure; the function that
 * surfaces it maps the kind to an HTTP status in exactly one place.
 */
public abstract sealed class SluiceException extends RuntimeException
        permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException,
                ConflictException, PayloadTooLargeException, ValidationException,
                ServiceUnavailableException, PaymentRequiredException {

    protected SluiceException(String detail) {
        super(detail);
    }

    protected SluiceException(String detail, Throwable cause) {
        super(detail, cause);
    }

    /** The human-readable text sent to clients as {@code detail}. */
    public String detail() {
        return getMessage();
    }
}
