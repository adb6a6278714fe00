package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON type of a stage parameter; each type knows how to check a value against itself. */
public enum ParamType {
    STRING {
        @Override
        List<FieldError> check(String path, Object value) {
            return value instanceof String ? List.of() : problem(path, "must be a string");
        }
    },
    INTEGER {
        @Override
        List<FieldError> check(String path, Object value) {
            return isInteger(value) ? List.of() : problem(path, "must be an integer");
        }
    },
    NUMBER {
        @Override
        List<FieldError> check(String path, Object value) {
            return value instanceof Number n && Double.isFinite(n.doubleValue()) ? List.of() : problem(path, "must be a number");
        }
    },
    BOOLEAN {
        @Override
        List<FieldError> check(String path, Object value) {
            return value instanceof Boolean ? List.of() : problem(path, "must be a boolean");
        }
    },
    OBJECT {
        @Override
        List<FieldError> check(String path, Object value) {
            return value instanceof Map<?, ?> ? List.of() : problem(path, "must be an object");
        }
    },
    ARRAY {
        @Override
        List<FieldError> check(String path, Object value) {
            return value instanceof List<?> ? List.of() : problem(path, "must be an array");
        }
    },
    /** An object whose values are all strings (HTTP headers, variable → pointer maps). */
    STRING_MAP {
        @Override
        List<FieldError> check(String path, Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                return problem(path, "must be an object of strings");
            }
            List<FieldError> errors = new ArrayList<>();
            map.forEach((key, entry) -> {
                if (!(entry instanceof String)) {
                    errors.add(new FieldError(path + "." + key, "must be a string"));
                }
            });
            return errors;
        }
    },
    /** Any value that {@link Rules#compile} accepts; the problem is the compiler's message. */
    JSONLOGIC {
        @Override
        List<FieldError> check(String path, Object value) {
            try {
                Rules.compile(value);
                return List.of();
            } catch (RuleException e) {
                return problem(path, e.getMessage());
            }
        }
    },
    /** One of a fixed list of values, given by {@link ParamSpec#oneOf}. */
    ENUM {
        @Override
        List<FieldError> check(String path, Object value) {
            return List.of();
        }
    },
    /** Any JSON value. */
    ANY {
        @Override
        List<FieldError> check(String path, Object value) {
            return List.of();
        }
    };

    /** Problems of a non-null value against this type alone (no constraints). */
    abstract List<FieldError> check(String path, Object value);

    /** The name used in {@link StageSchema#describe()}: {@code string}, {@code string_map}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a value is a whole number: any integral Java number, or a finite floating value without fraction. */
    public static boolean isInteger(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        return value instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() == Math.rint(n.doubleValue());
    }

    private static List<FieldError> problem(String path, String message) {
        return List.of(new FieldError(path, message));
    }
}
