package dev.sluice.core.rules;

/**
 * Entry point of the JSONLogic engine (https://jsonlogic.com), following the reference
 * implementation json-logic-js.
 *
 * <p>Rules and data are plain Java values as a JSON parser produces them: {@code null},
 * {@link Boolean}, any {@link Number}, {@link String}, {@code List<Object>} and
 * {@code Map<String, Object>} (see {@link Json}). A map with exactly one key is an operation;
 * arrays are evaluated element by element; every other value is a literal.
 *
 * <p>Values follow JavaScript semantics: numbers are read as doubles and numbers computed by the
 * engine are {@link Double} (NaN, the infinities and -0.0 included), literals and data values are
 * returned as given. JavaScript's {@code undefined} (an absent argument, or the result of
 * {@code {"and": []}}) behaves as in json-logic-js inside a rule, and like JSON.stringify turns it
 * into {@code null} in returned values and arrays.
 */
public final class Rules {

    private Rules() {
    }

    /**
     * Compiles and applies a rule in one step.
     *
     * @param rule the rule, for example {@code Map.of("==", List.of(1, 1))}
     * @param data the data that {@code var} and friends read; may be null
     * @return the result of the rule
     * @throws RuleException for an unknown operator or unusable arguments
     */
    public static Object evaluate(Object rule, Object data) {
        return compile(rule).evaluate(data);
    }

    /**
     * Compiles a rule once for repeated evaluation. The rule is copied, so changing it afterwards
     * does not change the compiled rule.
     *
     * @param rule the rule
     * @return the compiled rule
     * @throws RuleException for an unknown operator anywhere in the rule (even in a branch that
     *     would never be taken) or an operator given arguments it can never accept
     */
    public static CompiledRule compile(Object rule) {
        return new CompiledRule(Compiler.compile(rule));
    }

    /**
     * JSONLogic truthiness: JavaScript's, except that an empty array is falsy.
     * {@code 0}, NaN, {@code ""}, {@code null}, {@code false} and {@code []} are falsy;
     * {@code "0"}, {@code "false"}, {@code [0]} and every map are truthy.
     *
     * @param value any value of the data model
     * @return whether JSONLogic treats the value as true
     */
    public static boolean truthy(Object value) {
        return JsCoercion.truthy(value);
    }
}
