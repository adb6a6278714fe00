package dev.sluice.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code map}, {@code filter}, {@code reduce}, {@code all}, {@code none}, {@code some} and
 * {@code merge}. The iterators evaluate their first argument against the current data and their
 * second argument once per element, with that element as the data ({@code reduce} gets
 * {@code {"current": element, "accumulator": previous}}). A first argument that is not an array
 * behaves like an empty one, except that {@code reduce} then returns its initial value.
 */
final class ArrayOperators {

    private ArrayOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("map", ArrayOperators::map);
        table.put("filter", ArrayOperators::filter);
        table.put("reduce", ArrayOperators::reduce);
        table.put("all", args -> quantifier(args, false, false, false));
        table.put("none", args -> quantifier(args, true, false, true));
        table.put("some", args -> quantifier(args, false, true, true));
        table.put("merge", Operators.eager((args, data) -> merge(args)));
    }

    private static Node map(Node[] args) {
        Node source = Operators.argument(args, 0);
        Node logic = Operators.argument(args, 1);
        return data -> {
            if (!(source.evaluate(data) instanceof List<?> items)) {
                return new ArrayList<>();
            }
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(Undefined.toNull(logic.evaluate(item)));
            }
            return out;
        };
    }

    private static Node filter(Node[] args) {
        Node source = Operators.argument(args, 0);
        Node logic = Operators.argument(args, 1);
        return data -> {
            List<Object> out = new ArrayList<>();
            if (source.evaluate(data) instanceof List<?> items) {
                for (Object item : items) {
                    if (JsCoercion.truthy(logic.evaluate(item))) {
                        out.add(item);
                    }
                }
            }
            return out;
        };
    }

    private static Node reduce(Node[] args) {
        Node source = Operators.argument(args, 0);
        Node logic = Operators.argument(args, 1);
        Node initial = args.length > 2 ? args[2] : new LiteralNode(null);
        return data -> {
            Object items = source.evaluate(data);
            Object accumulator = initial.evaluate(data);
            if (!(items instanceof List<?> list)) {
                return accumulator;
            }
            for (Object item : list) {
                Map<String, Object> scope = new LinkedHashMap<>(4);
                scope.put("current", item);
                if (accumulator != Undefined.INSTANCE) { // an undefined property is simply absent
                    scope.put("accumulator", accumulator);
                }
                accumulator = logic.evaluate(scope);
            }
            return accumulator;
        };
    }

    /**
     * all / none / some share one loop: stop at the first element whose truthiness equals
     * {@code stopOn} and answer {@code stopResult}; an empty or non-array source answers
     * {@code emptyResult}; otherwise the answer is {@code !stopResult}.
     */
    private static Node quantifier(Node[] args, boolean emptyResult, boolean stopResult, boolean stopOn) {
        Node source = Operators.argument(args, 0);
        Node logic = Operators.argument(args, 1);
        return data -> {
            if (!(source.evaluate(data) instanceof List<?> items) || items.isEmpty()) {
                return emptyResult;
            }
            for (Object item : items) {
                if (JsCoercion.truthy(logic.evaluate(item)) == stopOn) {
                    return stopResult;
                }
            }
            return !stopResult;
        };
    }

    /** Array.concat of all arguments: arrays are flattened one level, anything else is appended. */
    private static List<Object> merge(Object[] args) {
        List<Object> out = new ArrayList<>();
        for (Object value : args) {
            if (value instanceof List<?> list) {
                out.addAll(list);
            } else {
                out.add(Undefined.toNull(value));
            }
        }
        return out;
    }
}
