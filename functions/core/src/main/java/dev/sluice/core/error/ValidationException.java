package dev.sluice.core.error;

import java.util.List;

/** Input is well-formed but not acceptable; carries one entry per offending field. */
public final class ValidationException extends SluiceException {

    private final List<FieldError> errors;

    public ValidationException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String path, String message) {
        this(path + ": " + message, List.of(new FieldError(path, message)));
    }

    /**
     * One exception for a non-empty list of problems; the detail names the first and counts the rest,
     * e.g. {@code schedule.cron: never fires (and 1 more)}.
     */
    public static ValidationException of(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String summary = first.path() + ": " + first.message()
                + (errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)");
        return new ValidationException(summary, errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One problem at one JSON path of the input. */
    public record FieldError(String path, String message) {
    }
}
