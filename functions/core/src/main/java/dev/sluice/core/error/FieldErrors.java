package dev.sluice.core.error;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects input problems with their JSON paths, so that one 422 lists all of them; {@link #throwIfAny()}
 * raises it. Parsers of request bodies share it (or extend it with typed readers).
 */
public class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    public void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** {@code path.key}, or {@code key} at the root. */
    public static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
