package dev.sluice.hooks.error;

import dev.sluice.core.error.ErrorStatus;
import dev.sluice.core.error.SluiceException;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the hooks function turns an error into a status and a body, {@code {"detail": "..."}} as
 * everywhere in Sluice (the api function's mapping, written out again here so this function does not carry the
 * api module and its security stack). Domain errors arrive through the controller's error handlers, framework
 * errors (no route, wrong method, unhandled exceptions) through {@link DetailErrorResponseProcessor}.
 */
public final class ErrorMapper {

    static final String INTERNAL = "Internal error; the failure was logged";

    private ErrorMapper() {
    }

    public static HttpStatus statusOf(SluiceException e) {
        return HttpStatus.valueOf(ErrorStatus.of(e));
    }

    public static MutableHttpResponse<String> toResponse(SluiceException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", e.detail());
        if (e instanceof ValidationException v && !v.errors().isEmpty()) {
            body.put("errors", v.errors().stream().map(f -> Map.of("path", f.path(), "message", f.message())).toList());
        }
        return json(statusOf(e), body);
    }

    public static MutableHttpResponse<String> toResponse(TooManyRequestsException e) {
        return json(HttpStatus.TOO_MANY_REQUESTS, Map.of("detail", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }

    /** The detail of a framework error: its own message, except that a 5xx never leaks internals. */
    static String frameworkDetail(int status, String message) {
        if (status >= 500) {
            return status == 503 && message != null && !message.isBlank() ? message : INTERNAL;
        }
        if (message == null || message.isBlank()) {
            return HttpStatus.valueOf(status).getReason();
        }
        return message;
    }

    static String body(String detail) {
        return Json.write(Map.of("detail", detail));
    }

    private static MutableHttpResponse<String> json(HttpStatus status, Map<String, Object> body) {
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(Json.write(body));
    }
}
