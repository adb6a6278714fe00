package dev.sluice.core.rules;

import static dev.sluice.core.rules.EagerNode.arg;

import java.util.Map;

/**
 * {@code + - * / %}, {@code min} and {@code max}, with the coercions json-logic-js applies:
 * {@code +} and {@code *} read each operand with {@code parseFloat} (so {@code "12px"} is 12 and
 * {@code true} is NaN); {@code -}, {@code /}, {@code %}, {@code min} and {@code max} use ToNumber
 * (so {@code ""} and {@code null} are 0 and {@code true} is 1). Results are {@link Double}s,
 * including NaN, the infinities and negative zero.
 */
final class ArithmeticOperators {

    private ArithmeticOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("+", Operators.eager((args, data) -> sum(args)));
        table.put("*", Operators.eager((args, data) -> product(args)));
        table.put("-", Operators.eager((args, data) -> subtract(args)));
        table.put("/", Operators.eager((args, data) ->
                JsCoercion.toNumber(arg(args, 0)) / JsCoercion.toNumber(arg(args, 1))));
        table.put("%", Operators.eager((args, data) ->
                JsCoercion.toNumber(arg(args, 0)) % JsCoercion.toNumber(arg(args, 1))));
        table.put("max", Operators.eager((args, data) -> max(args)));
        table.put("min", Operators.eager((args, data) -> min(args)));
    }

    /** Sum of parseFloat of every operand, starting from 0; {@code {"+": "3"}} is the number 3. */
    private static Double sum(Object[] args) {
        double total = 0;
        for (Object value : args) {
            total += JsCoercion.parseFloat(value);
        }
        return total;
    }

    /**
     * Product via Array.reduce without a start value: evaluating it without operands fails (as
     * json-logic-js throws a TypeError, only when reached), and a single operand is returned
     * untouched, exactly as the reference does.
     */
    private static Object product(Object[] args) {
        if (args.length == 0) {
            throw new RuleException("Operator \"*\" needs at least one argument");
        }
        if (args.length == 1) {
            return args[0];
        }
        double product = JsCoercion.parseFloat(args[0]) * JsCoercion.parseFloat(args[1]);
        for (int i = 2; i < args.length; i++) {
            product = JsCoercion.parseFloat(product) * JsCoercion.parseFloat(args[i]);
        }
        return product;
    }

    /** Binary subtraction, or negation when the rule gives a single operand. */
    private static Double subtract(Object[] args) {
        Object right = arg(args, 1);
        if (right == Undefined.INSTANCE) {
            return -JsCoercion.toNumber(arg(args, 0));
        }
        return JsCoercion.toNumber(arg(args, 0)) - JsCoercion.toNumber(right);
    }

    /** Math.max: -Infinity without operands, NaN if any operand is not a number. */
    private static Double max(Object[] args) {
        double result = Double.NEGATIVE_INFINITY;
        for (Object value : args) {
            result = Math.max(result, JsCoercion.toNumber(value));
        }
        return result;
    }

    /** Math.min: Infinity without operands, NaN if any operand is not a number. */
    private static Double min(Object[] args) {
        double result = Double.POSITIVE_INFINITY;
        for (Object value : args) {
            result = Math.min(result, JsCoercion.toNumber(value));
        }
        return result;
    }
}
