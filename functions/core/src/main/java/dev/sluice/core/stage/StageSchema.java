package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.List;
import java.util.Map;

/** The parameters of one executor. */
public interface StageSchema {

    /**
     * Checks a stage's {@code params}; every problem is reported with its full path (e.g.
     * {@code stages[2].params.url}), nothing is thrown. Unknown parameters are problems too.
     *
     * @param path   the path of the params object, e.g. {@code stages[2].params}
     * @param params the raw params as written
     */
    List<FieldError> validate(String path, Map<String, Object> params);

    /** A JSON-compatible description of the parameters (name → {type, required, description}), for docs and UIs. */
    Map<String, Object> describe();
}
