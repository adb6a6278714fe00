package dev.sluice.core.rules;

import static dev.sluice.core.rules.EagerNode.arg;

import java.util.Map;

/**
 * {@code if} / {@code ?:}, {@code and}, {@code or}, {@code !} and {@code !!}. The first three are
 * lazy: only the operands that decide the result are evaluated, and {@code and}/{@code or} return
 * the deciding operand itself rather than a boolean.
 */
final class LogicOperators {

    private LogicOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("if", LogicOperators::conditional);
        table.put("?:", LogicOperators::conditional);
        table.put("and", LogicOperators::and);
        table.put("or", LogicOperators::or);
        table.put("!", Operators.eager((args, data) -> !JsCoercion.truthy(arg(args, 0))));
        table.put("!!", Operators.eager((args, data) -> JsCoercion.truthy(arg(args, 0))));
    }

    /**
     * if(c1, v1, c2, v2, ..., else): the value after the first truthy condition, else the trailing
     * value when the argument count is odd, else null.
     */
    private static Node conditional(Node[] args) {
        return data -> {
            int i = 0;
            for (; i < args.length - 1; i += 2) {
                if (JsCoercion.truthy(args[i].evaluate(data))) {
                    return args[i + 1].evaluate(data);
                }
            }
            return i == args.length - 1 ? args[i].evaluate(data) : null;
        };
    }

    /** The first falsy operand, else the last one; undefined without operands. */
    private static Node and(Node[] args) {
        return data -> {
            Object current = Undefined.INSTANCE;
            for (Node operand : args) {
                current = operand.evaluate(data);
                if (!JsCoercion.truthy(current)) {
                    return current;
                }
            }
            return current;
        };
    }

    /** The first truthy operand, else the last one; undefined without operands. */
    private static Node or(Node[] args) {
        return data -> {
            Object current = Undefined.INSTANCE;
            for (Node operand : args) {
                current = operand.evaluate(data);
                if (JsCoercion.truthy(current)) {
                    return current;
                }
            }
            return current;
        };
    }
}
