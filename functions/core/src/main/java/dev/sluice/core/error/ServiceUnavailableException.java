package dev.sluice.core.error;

/** A dependency or required configuration is missing; retrying later may help. */
public final class ServiceUnavailableException extends SluiceException {

    public ServiceUnavailableException(String detail) {
        super(detail);
    }

    public ServiceUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
