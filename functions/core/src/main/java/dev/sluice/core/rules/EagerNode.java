package dev.sluice.core.rules;

/**
 * An operation whose arguments are all evaluated first, left to right, and then handed to the
 * operator, the way json-logic-js treats every operator except the lazy ones
 * ({@code if}, {@code ?:}, {@code and}, {@code or} and the array iterators).
 */
final class EagerNode implements Node {

    /** The work of an eager operator on already evaluated arguments. */
    @FunctionalInterface
    interface Operation {
        /**
         * @param args evaluated arguments; use {@link EagerNode#arg} to read absent ones as undefined
         * @param data the data in scope
         * @return the result, possibly {@link Undefined}
         */
        Object apply(Object[] args, Object data);
    }

    private final Node[] args;
    private final Operation operation;

    EagerNode(Node[] args, Operation operation) {
        this.args = args;
        this.operation = operation;
    }

    @Override
    public Object evaluate(Object data) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].evaluate(data);
        }
        return operation.apply(values, data);
    }

    /** The argument at {@code index}, or {@link Undefined#INSTANCE} when the rule has fewer arguments. */
    static Object arg(Object[] args, int index) {
        return index < args.length ? args[index] : Undefined.INSTANCE;
    }
}
