package dev.sluice.core.rules;

import static dev.sluice.core.rules.EagerNode.arg;

import java.util.List;
import java.util.Map;

/**
 * {@code cat}, {@code substr} and {@code in}. Strings are indexed in UTF-16 code units, as in
 * JavaScript (and Java), so a surrogate pair counts as two characters.
 */
final class StringOperators {

    private StringOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("cat", Operators.eager((args, data) -> cat(args)));
        table.put("substr", Operators.eager((args, data) -> substr(arg(args, 0), arg(args, 1), arg(args, 2))));
        table.put("in", Operators.eager((args, data) -> in(arg(args, 0), arg(args, 1))));
    }

    /** Array.join(""): null and undefined become "", everything else its JavaScript string. */
    private static String cat(Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object value : args) {
            if (value != null && value != Undefined.INSTANCE) {
                out.append(JsCoercion.toJsString(value));
            }
        }
        return out.toString();
    }

    /**
     * String.prototype.substr(start, length), plus json-logic-js's PHP-style negative length,
     * which drops that many characters from the end of the substring.
     */
    static String substr(Object source, Object start, Object length) {
        String text = JsCoercion.toJsString(source);
        if (ComparisonOperators.less(length, 0.0)) {
            String tail = jsSubstr(text, start, Undefined.INSTANCE);
            return jsSubstr(tail, 0.0, jsAdd(tail.length(), length));
        }
        return jsSubstr(text, start, length);
    }

    /** String.prototype.substr as specified in ECMA-262 Annex B. */
    private static String jsSubstr(String text, Object start, Object length) {
        int size = text.length();
        double from = JsCoercion.toIntegerOrInfinity(start);
        if (from < 0) {
            from = Math.max(size + from, 0);
        } else {
            from = Math.min(from, size);
        }
        double count = length == Undefined.INSTANCE ? size : JsCoercion.toIntegerOrInfinity(length);
        count = Math.min(Math.max(count, 0), size);
        int begin = (int) from;
        int end = (int) Math.min(from + count, size);
        return text.substring(begin, end);
    }

    /**
     * JavaScript {@code number + value}: string concatenation when the value's primitive is a
     * string (so a length of "-1" yields "3-1", which substr reads as 0), numeric addition otherwise.
     */
    private static Object jsAdd(int number, Object value) {
        Object primitive = JsCoercion.toPrimitive(value);
        if (primitive instanceof String text) {
            return JsCoercion.toJsString((double) number) + text;
        }
        return number + JsCoercion.toNumber(primitive);
    }

    /**
     * Substring test when the haystack is a string, strict-equality membership when it is an
     * array, false for anything else (including the empty string).
     */
    private static boolean in(Object needle, Object haystack) {
        if (haystack instanceof String text) {
            return !text.isEmpty() && text.contains(JsCoercion.toJsString(needle));
        }
        if (haystack instanceof List<?> list) {
            for (Object item : list) {
                if (JsCoercion.strictEquals(needle, item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
