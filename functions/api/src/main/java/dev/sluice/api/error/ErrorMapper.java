package dev.sluice.api.error;

import dev.sluice.core.error.ErrorStatus;
import dev.sluice.core.error.SluiceException;
import dev.sluice.core.error.ValidationException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The one place where this function turns an error into an HTTP status and a body. Domain errors
 * arrive through {@link DomainExceptionHandler}; framework errors (unknown route, wrong method,
 * unreadable JSON, missing or rejected credentials) through {@link DetailErrorResponseProcessor}.
 */
public final class ErrorMapper {

    static final String INTERNAL = "Internal error; the failure was logged";

    private ErrorMapper() {
    }

    public static HttpStatus statusOf(SluiceException e) {
        return HttpStatus.valueOf(ErrorStatus.of(e));
    }

    public static MutableHttpResponse<ErrorBody> toResponse(SluiceException e) {
        ErrorBody body = e instanceof ValidationException v
                ? ErrorBody.of(v.detail(), v.errors())
                : ErrorBody.of(e.detail());
        return HttpResponse.<ErrorBody>status(statusOf(e)).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    /** Parser failures (Jackson's and Serde's exceptions are IOExceptions) say nothing useful to clients. */
    static boolean isMalformedBody(Throwable cause) {
        Throwable t = cause;
        while (t != null) {
            if (t instanceof java.io.IOException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /** The detail for a framework error: its own message, except that a 5xx never leaks internals. */
    static String frameworkDetail(int status, String message) {
        if (status >= 500) {
            return status == 503 && message != null ? message : INTERNAL;
        }
        if (status == 401) {
            return "Missing, malformed, expired or invalid bearer token";
        }
        if (status == 403) {
            return "Your role does not allow this operation";
        }
        if (message == null || message.isBlank()) {
            return HttpStatus.valueOf(status).getReason();
        }
        return message;
    }
}
