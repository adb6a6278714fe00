package dev.sluice.core.rules;

import java.util.List;
import java.util.Map;

/**
 * The JavaScript conversions json-logic-js relies on, over the Java data model: {@code null},
 * {@link Undefined}, {@link Boolean}, any {@link Number} (read as a double), {@link String},
 * {@link List} (an array) and everything else as an object ({@link Map}s print as
 * {@code [object Object]}, other objects as their {@code toString()}).
 */
final class JsCoercion {

    private enum Type { UNDEFINED, NULL, BOOLEAN, NUMBER, STRING, OBJECT }

    private JsCoercion() {
    }

    /** JSONLogic truthiness: JavaScript ToBoolean, except that an empty array is falsy. */
    static boolean truthy(Object value) {
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return switch (typeOf(value)) {
            case UNDEFINED, NULL -> false;
            case BOOLEAN -> (Boolean) value;
            case NUMBER -> {
                double number = ((Number) value).doubleValue();
                yield number != 0 && !Double.isNaN(number);
            }
            case STRING -> !((String) value).isEmpty();
            case OBJECT -> true;
        };
    }

    /** ToPrimitive: arrays join their elements with ",", other objects use their string form. */
    static Object toPrimitive(Object value) {
        return typeOf(value) == Type.OBJECT ? toJsString(value) : value;
    }

    /** ToNumber: undefined is NaN, null and "" are 0, booleans are 0/1, strings use StringToNumber. */
    static double toNumber(Object value) {
        return switch (typeOf(value)) {
            case UNDEFINED -> Double.NaN;
            case NULL -> 0;
            case BOOLEAN -> (Boolean) value ? 1 : 0;
            case NUMBER -> ((Number) value).doubleValue();
            case STRING -> JsNumbers.parse((String) value);
            case OBJECT -> JsNumbers.parse(toJsString(value));
        };
    }

    /** ToIntegerOrInfinity: NaN is 0, infinities stay, everything else is truncated towards zero. */
    static double toIntegerOrInfinity(Object value) {
        double number = toNumber(value);
        if (Double.isNaN(number)) {
            return 0;
        }
        return Double.isInfinite(number) ? number : (number < 0 ? Math.ceil(number) : Math.floor(number)) + 0.0;
    }

    /** The global parseFloat: the longest decimal prefix of the value's string form, else NaN. */
    static double parseFloat(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == 0 ? 0.0 : d; // String(-0) is "0"
        }
        return JsNumbers.parseFloat(toJsString(value));
    }

    /** ToString, with JavaScript number formatting (1 not 1.0, 1e+21, "NaN", "Infinity"). */
    static String toJsString(Object value) {
        return switch (typeOf(value)) {
            case UNDEFINED -> "undefined";
            case NULL -> "null";
            case BOOLEAN -> value.toString();
            case NUMBER -> JsNumbers.format(((Number) value).doubleValue());
            case STRING -> (String) value;
            case OBJECT -> objectToString(value);
        };
    }

    private static String objectToString(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object item = list.get(i);
                if (item != null && item != Undefined.INSTANCE) {
                    out.append(toJsString(item));
                }
            }
            return out.toString();
        }
        return value instanceof Map<?, ?> ? "[object Object]" : String.valueOf(value);
    }

    /** {@code ===}: same type and same value; numbers by value (NaN unequal), objects by identity. */
    static boolean strictEquals(Object a, Object b) {
        Type type = typeOf(a);
        if (type != typeOf(b)) {
            return false;
        }
        return switch (type) {
            case UNDEFINED, NULL -> true;
            case NUMBER -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
            case BOOLEAN, STRING -> a.equals(b);
            case OBJECT -> a == b;
        };
    }

    /** {@code ==}: the IsLooselyEqual algorithm of ECMA-262. */
    static boolean looseEquals(Object a, Object b) {
        Type left = typeOf(a);
        Type right = typeOf(b);
        if (left == right) {
            return strictEquals(a, b);
        }
        boolean leftNullish = left == Type.NULL || left == Type.UNDEFINED;
        boolean rightNullish = right == Type.NULL || right == Type.UNDEFINED;
        if (leftNullish || rightNullish) {
            return leftNullish && rightNullish;
        }
        if (left == Type.BOOLEAN) {
            return looseEquals(toNumber(a), b);
        }
        if (right == Type.BOOLEAN) {
            return looseEquals(a, toNumber(b));
        }
        if (left == Type.OBJECT) {
            return looseEquals(toPrimitive(a), b);
        }
        if (right == Type.OBJECT) {
            return looseEquals(a, toPrimitive(b));
        }
        return toNumber(a) == toNumber(b); // one number, one string
    }

    /**
     * Relational comparison as {@code <} performs it: two strings compare by UTF-16 code units,
     * anything else numerically.
     *
     * @return negative, zero or positive; {@code null} when a NaN makes every comparison false
     */
    static Integer compare(Object a, Object b) {
        Object left = toPrimitive(a);
        Object right = toPrimitive(b);
        if (left instanceof String x && right instanceof String y) {
            return Integer.signum(x.compareTo(y));
        }
        double x = toNumber(left);
        double y = toNumber(right);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null;
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    private static Type typeOf(Object value) {
        if (value == null) {
            return Type.NULL;
        }
        if (value == Undefined.INSTANCE) {
            return Type.UNDEFINED;
        }
        if (value instanceof Boolean) {
            return Type.BOOLEAN;
        }
        if (value instanceof Number) {
            return Type.NUMBER;
        }
        return value instanceof String ? Type.STRING : Type.OBJECT;
    }
}
