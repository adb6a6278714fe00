package dev.sluice.core.error;

/** The caller is authenticated but its role does not allow the operation. */
public final class ForbiddenException extends SluiceException {

    public ForbiddenException(String detail) {
        super(detail);
    }

    public ForbiddenException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
