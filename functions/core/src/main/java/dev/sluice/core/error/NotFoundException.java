package dev.sluice.core.error;

/** The addressed item does not exist for the caller's tenant (foreign ids look absent too). */
public final class NotFoundException extends SluiceException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
