package dev.sluice.core.error;

/**
 * The one mapping of typed domain errors to HTTP status codes, shared by every function that answers HTTP
 * (api, hooks): each turns the code into its framework's status type.
 */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static int of(SluiceException e) {
        return switch (e) {
            case BadRequestException ignored -> 400;
            case UnauthorizedException ignored -> 401;
            case PaymentRequiredException ignored -> 402;
            case ForbiddenException ignored -> 403;
            case NotFoundException ignored -> 404;
            case ConflictException ignored -> 409;
            case PayloadTooLargeException ignored -> 413;
            case ValidationException ignored -> 422;
            case ServiceUnavailableException ignored -> 503;
        };
    }
}
