package dev.sluice.core.automation;

import dev.sluice.core.error.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields out of parsed JSON while collecting every problem with its path, so one
 * response lists all of them. {@link #throwIfAny()} raises the 422.
 */
final class Fields extends FieldErrors {

    void error(String path, String message) {
        add(path, message);
    }

    boolean hasErrors() {
        return !isEmpty();
    }

    void rejectUnknown(Map<String, Object> map, Set<String> allowed, String path) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                error(join(path, key), "unknown field");
            }
        }
    }

    String string(Map<String, Object> map, String key, String path, boolean required, int maxLength) {
        Object value = map.get(key);
        String at = join(path, key);
        if (value == null) {
            if (required) {
                error(at, "is required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            error(at, "must be a string");
            return null;
        }
        if (required && s.isBlank()) {
            error(at, "must not be blank");
            return null;
        }
        if (s.length() > maxLength) {
            error(at, "must be at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    Integer integer(Map<String, Object> map, String key, String path, long min, long max, Integer fallback) {
        Object value = map.get(key);
        String at = join(path, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            error(at, "must be an integer");
            return fallback;
        }
        if (n.doubleValue() < min || n.doubleValue() > max) {
            error(at, "must be between " + min + " and " + max);
            return fallback;
        }
        return n.intValue();
    }

    Double number(Map<String, Object> map, String key, String path, double min, double max, Double fallback) {
        Object value = map.get(key);
        String at = join(path, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
            error(at, "must be a number");
            return fallback;
        }
        if (n.doubleValue() < min || n.doubleValue() > max) {
            error(at, "must be between " + min + " and " + max);
            return fallback;
        }
        return n.doubleValue();
    }

    Boolean bool(Map<String, Object> map, String key, String path, Boolean fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            error(join(path, key), "must be true or false");
            return fallback;
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            error(join(path, key), "must be an object");
            return null;
        }
        return (Map<String, Object>) value;
    }

    List<?> list(Map<String, Object> map, String key, String path, int maxItems) {
        Object value = map.get(key);
        String at = join(path, key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            error(at, "must be an array");
            return null;
        }
        if (list.size() > maxItems) {
            error(at, "must have at most " + maxItems + " items");
            return null;
        }
        return list;
    }
}
