package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.List;

/**
 * An extra rule on top of a parameter's type and constraints (a URL's scheme, the keys of a map), or
 * on the whole params object (exactly one of several parameters). It sees only values that already
 * passed their type checks, so it may cast without fear.
 */
@FunctionalInterface
public interface ParamCheck {

    /**
     * Checks one value.
     *
     * @param path  the full path of the value, e.g. {@code stages[2].params.url}
     * @param value the value (never null), of the parameter's type
     * @return the problems found, each at {@code path} or below it; empty when the value is fine
     */
    List<FieldError> check(String path, Object value);
}
