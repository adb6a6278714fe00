package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import dev.sluice.core.rules.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One parameter of a stage: its snake_case name, type, whether it is required, a description for
 * people, an optional default, and constraints. Built fluently:
 * {@code ParamSpec.of("timeout_seconds", ParamType.INTEGER, "...").withRange(1, 300).withDefault(30)}.
 *
 * @param name         snake_case name as written in {@code params}
 * @param type         the JSON type
 * @param required     whether the parameter must be present (and not null)
 * @param description  what the parameter does
 * @param defaultValue the value used when the parameter is absent; null for none
 * @param min          inclusive lower bound for numbers; null for none
 * @param max          inclusive upper bound for numbers; null for none
 * @param maxLength    most characters of a string or items of an array; null for no limit
 * @param allowed      the accepted values of an {@link ParamType#ENUM} (see {@link #oneOf}); empty otherwise
 * @param checks       further checks, run once type and constraints hold
 */
public record ParamSpec(String name, ParamType type, boolean required, String description, Object defaultValue,
                        Number min, Number max, Integer maxLength, List<Object> allowed, List<ParamCheck> checks) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public ParamSpec {
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter names are snake_case: " + name);
        }
        if (type == null || description == null) {
            throw new IllegalArgumentException("parameter " + name + " needs a type and a description");
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("required parameter " + name + " cannot have a default");
        }
        allowed = List.copyOf(allowed);
        checks = List.copyOf(checks);
        if (type == ParamType.ENUM && allowed.isEmpty()) {
            throw new IllegalArgumentException("enum parameter " + name + " needs allowed values");
        }
    }

    /** An optional parameter without default or constraints. */
    public static ParamSpec of(String name, ParamType type, String description) {
        return new ParamSpec(name, type, false, description, null, null, null, null, List.of(), List.of());
    }

    /** An optional {@link ParamType#ENUM} parameter accepting exactly these values. */
    public static ParamSpec oneOf(String name, String description, Object... values) {
        return new ParamSpec(name, ParamType.ENUM, false, description, null, null, null, null, Arrays.asList(values),
                List.of());
    }

    public ParamSpec asRequired() {
        return new ParamSpec(name, type, true, description, defaultValue, min, max, maxLength, allowed, checks);
    }

    public ParamSpec withDefault(Object value) {
        return new ParamSpec(name, type, required, description, value, min, max, maxLength, allowed, checks);
    }

    /** Inclusive bounds for a number; either may be null. */
    public ParamSpec withRange(Number lower, Number upper) {
        return new ParamSpec(name, type, required, description, defaultValue, lower, upper, maxLength, allowed, checks);
    }

    public ParamSpec withMaxLength(int length) {
        return new ParamSpec(name, type, required, description, defaultValue, min, max, length, allowed, checks);
    }


    public ParamSpec withCheck(ParamCheck check) {
        List<ParamCheck> more = new ArrayList<>(checks);
        more.add(check);
        return new ParamSpec(name, type, required, description, defaultValue, min, max, maxLength, allowed, more);
    }

    /**
     * Every problem of a present, non-null value: the type first; constraints and checks only when
     * the type holds (a string is not also "too large").
     */
    public List<FieldError> validate(String path, Object value) {
        List<FieldError> typeErrors = type.check(path, value);
        if (!typeErrors.isEmpty()) {
            return typeErrors;
        }
        List<FieldError> errors = new ArrayList<>();
        if (value instanceof Number number) {
            if (min != null && number.doubleValue() < min.doubleValue()) {
                errors.add(new FieldError(path, "must be at least " + Json.write(min)));
            }
            if (max != null && number.doubleValue() > max.doubleValue()) {
                errors.add(new FieldError(path, "must be at most " + Json.write(max)));
            }
        }
        if (maxLength != null && value instanceof String text && text.length() > maxLength) {
            errors.add(new FieldError(path, "must be at most " + maxLength + " characters"));
        }
        if (maxLength != null && value instanceof List<?> list && list.size() > maxLength) {
            errors.add(new FieldError(path, "must have at most " + maxLength + " items"));
        }
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            errors.add(new FieldError(path, "must be one of " + allowed.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        if (errors.isEmpty()) {
            checks.forEach(check -> errors.addAll(check.check(path, value)));
        }
        return errors;
    }

    /** {type, required, description, default?, values?, minimum?, maximum?, max_length?} for docs and UIs. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type.wireName());
        out.put("required", required);
        out.put("description", description);
        if (defaultValue != null) {
            out.put("default", defaultValue);
        }
        if (!allowed.isEmpty()) {
            out.put("values", allowed);
        }
        if (min != null) {
            out.put("minimum", min);
        }
        if (max != null) {
            out.put("maximum", max);
        }
        if (maxLength != null) {
            out.put("max_length", maxLength);
        }
        return out;
    }
}
