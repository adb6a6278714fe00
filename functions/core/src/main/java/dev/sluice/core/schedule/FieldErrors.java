package dev.sluice.core.schedule;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects problems with their JSON paths, so that one 422 lists all of them. */
final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** {@code path.key}, or {@code key} at the root. */
    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
