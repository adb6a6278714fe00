package dev.sluice.core.stage;

import dev.sluice.core.rules.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Builds the request of an {@code http} stage from its rendered parameters. */
final class HttpRequests {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private HttpRequests() {
    }

    /**
     * The request: the given headers, an {@code Idempotency-Key}, and the body (strings as they are;
     * any other value as JSON, with {@code Content-Type: application/json} unless a header sets it).
     *
     * @throws IllegalArgumentException naming (never quoting the value of) a header the client refuses
     */
    static HttpRequest build(String method, HttpTarget target, Map<String, String> headers, Object body,
                             Duration timeout, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.uri()).timeout(timeout);
        boolean contentTypeSet = false;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("header \"" + header.getKey() + "\" cannot be sent: "
                        + "restricted name or invalid characters", e);
            }
            contentTypeSet |= header.getKey().equalsIgnoreCase("content-type");
        }
        builder.setHeader(IDEMPOTENCY_KEY, idempotencyKey);
        BodyPublisher publisher;
        if (body == null) {
            publisher = BodyPublishers.noBody();
        } else if (body instanceof String text) {
            publisher = BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        } else {
            publisher = BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8);
            if (!contentTypeSet) {
                builder.header("Content-Type", "application/json");
            }
        }
        return builder.method(method, publisher).build();
    }
}
