package dev.sluice.core.rules;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writer behind {@link Json#write(Object)}; its lenient mode (used for log lines and error
 * messages) writes NaN and the infinities by name and unsupported values as strings instead of
 * failing, so it is for people, not for parsers.
 */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final boolean lenient;

    private JsonWriter(boolean lenient) {
        this.lenient = lenient;
    }

    static String write(Object value, boolean lenient) {
        JsonWriter writer = new JsonWriter(lenient);
        writer.value(value);
        return writer.out.toString();
    }

    /** Best-effort JSON for messages: never fails on odd values. */
    static String describe(Object value) {
        return write(value, true);
    }

    private void value(Object value) {
        if (value == null || value == Undefined.INSTANCE) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Number number) {
            number(number);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof List<?> list) {
            array(list);
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (lenient) {
            string(String.valueOf(value));
        } else {
            throw new JsonException("Cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private void number(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            out.append(number);
            return;
        }
        double d = number.doubleValue();
        boolean finite = !Double.isNaN(d) && !Double.isInfinite(d);
        out.append(finite || lenient ? JsNumbers.format(d) : "null"); // lenient: NaN, Infinity as console.log
    }

    private void array(List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            value(list.get(i));
        }
        out.append(']');
    }

    private void object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(String.valueOf(entry.getKey()));
            out.append(':');
            value(entry.getValue());
        }
        out.append('}');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
