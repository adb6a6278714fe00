package dev.sluice.core.error;

/** The tenant's credit balance does not cover what the request would cost (HTTP 402). */
public final class PaymentRequiredException extends SluiceException {

    public PaymentRequiredException(String detail) {
        super(detail);
    }

    public PaymentRequiredException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
