package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The failures every executor reports the same way. */
final class StageFailures {

    private StageFailures() {
    }

    /**
     * Validates params again at run time (an automation may predate a schema change); the problems,
     * if any, as one non-retriable failure.
     */
    static Optional<StageResult.Failed> invalidParams(StageSchema schema, Map<String, Object> params) {
        List<FieldError> errors = schema.validate("params", params);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StageResult.Failed("invalid params: " + errors.stream()
                .map(error -> error.path() + " " + error.message())
                .collect(Collectors.joining("; ")), false));
    }

    /** A template that cannot be rendered will not render on a retry either. */
    static StageResult.Failed template(TemplateException e) {
        return new StageResult.Failed(e.getMessage(), false);
    }
}
