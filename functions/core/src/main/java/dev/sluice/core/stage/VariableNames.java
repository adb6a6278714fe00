package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Names of run context variables that stages may set: {@code [A-Za-z_][A-Za-z0-9_]{0,63}}. */
final class VariableNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private VariableNames() {
    }

    static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }

    /** A check of a map whose keys are variable names. */
    static ParamCheck keysCheck() {
        return (path, value) -> {
            List<FieldError> errors = new ArrayList<>();
            for (Object key : ((Map<?, ?>) value).keySet()) {
                if (!isValid(String.valueOf(key))) {
                    errors.add(new FieldError(path + "." + key,
                            "is not a valid variable name (letters, digits and _, not starting with a digit, at most 64)"));
                }
            }
            return errors;
        };
    }
}
