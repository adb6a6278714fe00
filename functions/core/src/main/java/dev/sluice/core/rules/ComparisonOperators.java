package dev.sluice.core.rules;

import static dev.sluice.core.rules.EagerNode.arg;

import java.util.Map;

/**
 * Equality ({@code ==}, {@code ===}, {@code !=}, {@code !==}) and ordering ({@code <}, {@code <=},
 * {@code >}, {@code >=}) with JavaScript coercion. {@code <} and {@code <=} also take a third
 * argument for the "between" form {@code a < b < c}; it is used only when present in the rule.
 */
final class ComparisonOperators {

    private ComparisonOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("==", Operators.eager((args, data) -> JsCoercion.looseEquals(arg(args, 0), arg(args, 1))));
        table.put("===", Operators.eager((args, data) -> JsCoercion.strictEquals(arg(args, 0), arg(args, 1))));
        table.put("!=", Operators.eager((args, data) -> !JsCoercion.looseEquals(arg(args, 0), arg(args, 1))));
        table.put("!==", Operators.eager((args, data) -> !JsCoercion.strictEquals(arg(args, 0), arg(args, 1))));
        table.put(">", Operators.eager((args, data) -> greater(arg(args, 0), arg(args, 1))));
        table.put(">=", Operators.eager((args, data) -> greaterOrEqual(arg(args, 0), arg(args, 1))));
        table.put("<", Operators.eager((args, data) -> between(args, false)));
        table.put("<=", Operators.eager((args, data) -> between(args, true)));
    }

    private static boolean between(Object[] args, boolean inclusive) {
        Object low = arg(args, 0);
        Object middle = arg(args, 1);
        Object high = arg(args, 2);
        boolean first = inclusive ? lessOrEqual(low, middle) : less(low, middle);
        if (high == Undefined.INSTANCE) {
            return first;
        }
        return first && (inclusive ? lessOrEqual(middle, high) : less(middle, high));
    }

    static boolean less(Object a, Object b) {
        Integer order = JsCoercion.compare(a, b);
        return order != null && order < 0;
    }

    static boolean lessOrEqual(Object a, Object b) {
        Integer order = JsCoercion.compare(a, b);
        return order != null && order <= 0;
    }

    static boolean greater(Object a, Object b) {
        Integer order = JsCoercion.compare(a, b);
        return order != null && order > 0;
    }

    static boolean greaterOrEqual(Object a, Object b) {
        Integer order = JsCoercion.compare(a, b);
        return order != null && order >= 0;
    }
}
