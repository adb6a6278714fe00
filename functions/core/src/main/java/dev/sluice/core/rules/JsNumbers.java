package dev.sluice.core.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to number and number to text exactly as JavaScript does it: StringToNumber (used by
 * ToNumber), the global {@code parseFloat}, and Number::toString (shortest round-trip digits,
 * plain notation from 1e-7 up to 1e21, exponent notation such as {@code 1e+21} outside it).
 */
final class JsNumbers {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:Infinity|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");

    private JsNumbers() {
    }

    /** StringToNumber: whitespace-trimmed decimal, 0x/0o/0b integer, "" is 0, anything else NaN. */
    static double parse(String text) {
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            return 0;
        }
        if (trimmed.length() > 2 && trimmed.charAt(0) == '0') {
            int radix = switch (trimmed.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return parseInteger(trimmed.substring(2), radix);
            }
        }
        return DECIMAL.matcher(trimmed).matches() ? decimal(trimmed) : Double.NaN;
    }

    /** parseFloat: skips leading whitespace and reads the longest decimal prefix, else NaN. */
    static double parseFloat(String text) {
        int start = 0;
        while (start < text.length() && isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher matcher = DECIMAL.matcher(text).region(start, text.length());
        return matcher.lookingAt() ? decimal(matcher.group()) : Double.NaN;
    }

    private static double decimal(String literal) {
        if (literal.endsWith("Infinity")) {
            return literal.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(literal);
    }

    private static double parseInteger(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return Double.NaN;
            }
        }
        return new BigInteger(digits, radix).doubleValue();
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** JavaScript WhiteSpace and LineTerminator code points. */
    private static boolean isWhitespace(char c) {
        return (c >= '\t' && c <= '\r') || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Number::toString(10). */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value == 0) {
            return "0";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits x 10^n
        String magnitude;
        if (k <= n && n <= 21) {
            magnitude = digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            magnitude = digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            magnitude = "0." + "0".repeat(-n) + digits;
        } else {
            int exponent = n - 1;
            String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            magnitude = mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        }
        return value < 0 ? "-" + magnitude : magnitude;
    }

    /**
     * The shortest decimal that reads back as {@code value}. Double.toString (JDK 19+) already
     * gives it, except that when one digit would do it may return a closer two-digit decimal
     * (4.9E-324 rather than JavaScript's 5e-324); that case is narrowed back to one digit here.
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (decimal.precision() != 2) {
            return decimal;
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(1, mode));
            if (candidate.doubleValue() == value && (best == null || closer(candidate, best, exact))) {
                best = candidate;
            }
        }
        return best == null ? decimal : best.stripTrailingZeros();
    }

    private static boolean closer(BigDecimal candidate, BigDecimal current, BigDecimal exact) {
        return candidate.subtract(exact).abs().compareTo(current.subtract(exact).abs()) < 0;
    }
}
