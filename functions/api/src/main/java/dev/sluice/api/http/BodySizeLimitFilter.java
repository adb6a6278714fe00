package dev.sluice.api.http;

import dev.sluice.core.error.PayloadTooLargeException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

/**
 * Refuses bodies over {@code SLUICE_API_MAX_BODY_BYTES} (default 1 MiB) with 413 before anything
 * reads them. API Gateway itself caps payloads at 10 MB; this limit is the API's own, lower one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeLimitFilter implements Ordered {

    private final long maxBytes;

    public BodySizeLimitFilter(@Value("${sluice.api.max.body.bytes:1048576}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    public void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > maxBytes) {
            throw new PayloadTooLargeException("Request body of " + length + " bytes exceeds the limit of "
                    + maxBytes + " bytes");
        }
    }

    @Override
    public int getOrder() {
        // Before security: an oversized body is refused without spending work on it.
        return ServerFilterPhase.FIRST.before();
    }
}
