package dev.sluice.api.http;

import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * Free-form JSON in and out with the core's strict reader and writer, for endpoints whose bodies
 * carry user-defined structure (stage params, rule data) that typed records cannot describe.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Parses a request body; absent or malformed → 400. */
    public static Object parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("A JSON request body is required");
        }
        try {
            return Json.parse(body);
        } catch (JsonException e) {
            throw new BadRequestException("Request body is not valid JSON: " + e.getMessage());
        }
    }

    public static MutableHttpResponse<String> ok(Object value) {
        return respond(HttpStatus.OK, value);
    }

    public static MutableHttpResponse<String> respond(HttpStatus status, Object value) {
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(Json.write(value));
    }
}
