package dev.sluice.api.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shapes every error response Micronaut produces itself (404 unknown route, 405 wrong method, 400
 * unreadable body, 401/403 from security, unhandled exceptions) as {@code {"detail": "..."}}.
 * A 500 is a bug: it is logged with its cause and the client gets no internals.
 */
@Primary
@Singleton
public class DetailErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    private static final Logger LOG = LoggerFactory.getLogger(DetailErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String message = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (status == 404 && "Page Not Found".equals(message)) {
            message = "No route for " + context.getRequest().getMethod() + " " + context.getRequest().getPath();
        } else if (status == 400 && context.getRootCause().filter(ErrorMapper::isMalformedBody).isPresent()) {
            message = "Request body is not valid JSON for this endpoint";
        }
        if (status >= 500 && status != 503) {
            LOG.error("{} {} failed with {}", context.getRequest().getMethod(), context.getRequest().getPath(),
                    status, context.getRootCause().orElse(null));
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorBody.of(ErrorMapper.frameworkDetail(status, message)));
    }
}
