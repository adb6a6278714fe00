package dev.sluice.hooks.error;

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
 * Shapes the errors Micronaut produces itself (no route, wrong method, an unhandled exception) as
 * {@code {"detail": "..."}}. A 500 is a bug: it is logged with its cause and the client gets no internals.
 *
 * <p>Not {@code @Primary}: in the local cloud every function shares one classpath, and the api function's
 * {@code @Primary} processor (same format) wins there; in the hooks Lambda jar this is the only one.
 */
@Singleton
public class DetailErrorResponseProcessor implements ErrorResponseProcessor<String> {

    private static final Logger LOG = LoggerFactory.getLogger(DetailErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String message = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (status == 404 && "Page Not Found".equals(message)) {
            message = "No route for " + context.getRequest().getMethod() + " " + context.getRequest().getPath();
        }
        if (status >= 500 && status != 503) {
            LOG.error("{} {} failed with {}", context.getRequest().getMethod(), context.getRequest().getPath(),
                    status, context.getRootCause().orElse(null));
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorMapper.body(ErrorMapper.frameworkDetail(status, message)));
    }
}
