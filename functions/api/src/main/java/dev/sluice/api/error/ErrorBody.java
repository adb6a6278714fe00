package dev.sluice.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sluice.core.error.ValidationException.FieldError;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Every error body of the API: {@code {"detail": "..."}}, plus per-field errors on a 422. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String detail, List<Problem> errors) {

    public static ErrorBody of(String detail) {
        return new ErrorBody(detail, List.of());
    }

    static ErrorBody of(String detail, List<FieldError> errors) {
        return new ErrorBody(detail, errors.stream().map(e -> new Problem(e.path(), e.message())).toList());
    }

    /** One offending field. */
    @Serdeable
    public record Problem(String path, String message) {
    }
}
