package dev.sluice.core.rules;

/**
 * A small, strict JSON reader and writer for the plain Java values that rules and data are made
 * of, so that callers need no JSON library.
 *
 * <p>Reading (RFC 8259, no extensions): objects become {@link java.util.LinkedHashMap}s (key order
 * kept; a repeated key keeps its last value, as JSON.parse does), arrays {@link java.util.ArrayList}s,
 * integers without fraction or exponent {@link Long}s when they fit (otherwise {@link Double}s),
 * {@code -0} and every other number {@link Double}s. Anything else, including trailing text after
 * the value, is rejected with a {@link JsonException} naming the offset.
 *
 * <p>Writing mirrors JSON.stringify: numbers in JavaScript notation ({@code 3.0} is written
 * {@code 3}, {@code 1e21} as {@code 1e+21}), NaN and the infinities as {@code null}, strings with
 * the minimal escapes plus backslash-u escapes for control characters and lone surrogates. Values
 * other than null, booleans, numbers, strings, lists and maps are rejected.
 */
public final class Json {

    private Json() {
    }

    /**
     * Parses one JSON value that spans the whole text (surrounding whitespace allowed).
     *
     * @param text JSON text
     * @return null, Boolean, Long, Double, String, List or Map
     * @throws JsonException if the text is not exactly one valid JSON value
     */
    public static Object parse(String text) {
        if (text == null) {
            throw new JsonException("Cannot parse null as JSON");
        }
        return new JsonReader(text).readDocument();
    }

    /**
     * Writes a value as compact JSON.
     *
     * @param value null, Boolean, Number, String, List or Map (keys written with String.valueOf)
     * @return the JSON text
     * @throws JsonException if the value contains anything else
     */
    public static String write(Object value) {
        return JsonWriter.write(value, false);
    }
}
