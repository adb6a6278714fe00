package dev.sluice.api.error;

import dev.sluice.core.error.SluiceException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Routes every typed domain error to {@link ErrorMapper}. */
@Singleton
public class DomainExceptionHandler implements ExceptionHandler<SluiceException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, SluiceException exception) {
        return ErrorMapper.toResponse(exception);
    }
}
