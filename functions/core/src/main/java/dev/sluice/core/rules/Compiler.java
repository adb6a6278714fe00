package dev.sluice.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a rule (plain JSON-like Java values) into a tree of {@link Node}s. A map with exactly one
 * key is an operation (json-logic-js {@code is_logic}); arrays are evaluated element by element;
 * everything else is a literal. Unknown operators fail here, before any data is seen.
 */
final class Compiler {

    private static final int MAX_SNIPPET = 200;

    private Compiler() {
    }

    static Node compile(Object rule) {
        if (rule instanceof List<?> list) {
            return new ArrayNode(compileAll(list));
        }
        if (rule instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            String operator = String.valueOf(entry.getKey());
            Object values = entry.getValue();
            // Unary shorthand: {"var": "x"} means {"var": ["x"]}.
            List<?> rawArgs = values instanceof List<?> list ? list : Collections.singletonList(values);
            Operators.Factory factory = Operators.lookup(operator);
            if (factory == null) {
                throw new RuleException("Unknown operator \"" + operator + "\" in " + snippet(rule));
            }
            return factory.create(compileAll(rawArgs));
        }
        return new LiteralNode(freeze(rule));
    }

    private static Node[] compileAll(List<?> rules) {
        Node[] nodes = new Node[rules.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = compile(rules.get(i));
        }
        return nodes;
    }

    /** Deep, unmodifiable copy of a literal so that the compiled rule does not change with its source. */
    static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), freeze(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static String snippet(Object rule) {
        String text = JsonWriter.describe(rule);
        return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET) + "...";
    }
}
