package dev.sluice.core.rules;

import java.util.List;
import java.util.Map;

/**
 * Resolves {@code var} paths: dot-separated property names applied one by one. Maps are read by
 * key (own keys only), arrays and strings by canonical index ({@code "0"}, {@code "12"}, not
 * {@code "01"}) and by {@code length}, as JavaScript property access does.
 */
final class DataPath {

    private static final String[] WHOLE_DATA = new String[0];

    private DataPath() {
    }

    /**
     * Splits a path argument once; an absent, null or empty path means "the whole data".
     *
     * @return the segments, or an empty array for the whole data
     */
    static String[] segments(Object path) {
        if (path == Undefined.INSTANCE || path == null || "".equals(path)) {
            return WHOLE_DATA;
        }
        return JsCoercion.toJsString(path).split("\\.", -1);
    }

    /**
     * Walks {@code segments} from {@code data}. A null or undefined value before the last step, or
     * a missing property at any step, gives {@code notFound}; a null found at the last step is
     * returned as null.
     */
    static Object resolve(Object data, String[] segments, Object notFound) {
        Object current = data;
        for (String segment : segments) {
            if (current == null || current == Undefined.INSTANCE) {
                return notFound;
            }
            current = property(current, segment);
            if (current == Undefined.INSTANCE) {
                return notFound;
            }
        }
        return current;
    }

    private static Object property(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            return map.containsKey(key) ? map.get(key) : Undefined.INSTANCE;
        }
        if (value instanceof List<?> list) {
            if ("length".equals(key)) {
                return (double) list.size();
            }
            int index = arrayIndex(key);
            return index >= 0 && index < list.size() ? list.get(index) : Undefined.INSTANCE;
        }
        if (value instanceof String text) {
            if ("length".equals(key)) {
                return (double) text.length();
            }
            int index = arrayIndex(key);
            return index >= 0 && index < text.length() ? String.valueOf(text.charAt(index)) : Undefined.INSTANCE;
        }
        return Undefined.INSTANCE;
    }

    /** The index a canonical decimal key denotes, or -1 when the key is not one (or is too large). */
    private static int arrayIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 9 || (length > 1 && key.charAt(0) == '0')) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
