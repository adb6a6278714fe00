package dev.sluice.api.http;

import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.function.aws.proxy.ApiGatewayServletRequest;
import io.micronaut.http.FullHttpRequest;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A request body as raw text. Not bound with {@code @Body}: the API Gateway request adapter decodes
 * JSON bodies by content type and refuses an empty one as malformed, while endpoints whose body is
 * optional treat an empty body as {@code {}} and a non-object as a 422.
 */
public final class RawBody {

    private RawBody() {
    }

    /** The body as text, or null when there is none (also when the request has no Content-Length at all). */
    public static String of(HttpRequest<?> request) {
        if (request.getContentLength() == 0) {
            return null;
        }
        try {
            if (request instanceof FullHttpRequest<?> full) {
                ByteBuffer<?> contents = full.contents();
                return contents == null ? null : contents.toString(StandardCharsets.UTF_8);
            }
            return request.getBody(String.class).orElse(null);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ApiGatewayServletRequest.EmptyBodyException) {
                return null; // no body and no Content-Length: the adapter refuses to decode nothing
            }
            throw e; // e.g. a CodecException for malformed JSON: 400
        }
    }
}
