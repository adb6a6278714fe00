package dev.sluice.core.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * The operator table, consulted only while compiling. Each family of operators registers its
 * factories here; a factory receives the compiled argument nodes and returns the operation's node.
 */
final class Operators {

    /** Builds the node for one occurrence of an operator from its compiled arguments. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param args compiled arguments, in rule order (argument problems surface only when the
         *     operation is evaluated, as in json-logic-js)
         * @return the node for the operation
         */
        Node create(Node[] args);
    }

    /** Stands for an argument the rule leaves out: json-logic-js evaluates it to undefined. */
    static final Node ABSENT = data -> Undefined.INSTANCE;

    private static final Map<String, Factory> FACTORIES = buildTable();

    private Operators() {
    }

    /** The factory for {@code name}, or {@code null} when there is no such operator. */
    static Factory lookup(String name) {
        return FACTORIES.get(name);
    }

    /** Factory for an operator whose arguments are all evaluated before it runs. */
    static Factory eager(EagerNode.Operation operation) {
        return args -> new EagerNode(args, operation);
    }

    /** The argument node at {@code index}, or {@link #ABSENT} when the rule leaves it out. */
    static Node argument(Node[] args, int index) {
        return index < args.length ? args[index] : ABSENT;
    }

    private static Map<String, Factory> buildTable() {
        Map<String, Factory> table = new HashMap<>();
        LogicOperators.register(table);
        ComparisonOperators.register(table);
        ArithmeticOperators.register(table);
        ArrayOperators.register(table);
        StringOperators.register(table);
        DataOperators.register(table);
        return Map.copyOf(table);
    }
}
