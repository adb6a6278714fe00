package dev.sluice.api.auth;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a token from {@code ?token=} on a run's log stream, and nowhere else: a browser EventSource
 * cannot send an Authorization header. URLs end up in proxy logs and history, so clients should put a
 * short-lived {@link StreamTicket} there rather than their JWT (both are accepted). The Authorization
 * header, read by the bearer reader, is tried first.
 */
@Singleton
public class StreamQueryTokenReader implements TokenReader<HttpRequest<?>> {

    public static final String PARAMETER = "token";
    static final Pattern STREAM_PATH = Pattern.compile("/api/automations/runs/[^/]+/stream");

    /** After the bearer header reader (order 0). */
    static final int ORDER = 100;

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !STREAM_PATH.matcher(request.getPath()).matches()) {
            return Optional.empty();
        }
        return request.getParameters().getFirst(PARAMETER).filter(token -> !token.isBlank());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
