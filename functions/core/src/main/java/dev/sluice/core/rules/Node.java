package dev.sluice.core.rules;

/**
 * One piece of a compiled rule. Operators are resolved when the tree is built, so evaluating a
 * node never looks anything up by name again. Nodes are immutable and safe to share between threads.
 */
@FunctionalInterface
interface Node {

    /**
     * Evaluates this node against the data in scope (the whole data, or the current element inside
     * {@code map}, {@code filter}, {@code reduce}, {@code all}, {@code none} and {@code some}).
     *
     * @param data the data in scope, any JSON-like value
     * @return the result; may be {@link Undefined} (callers outside the engine never see it)
     */
    Object evaluate(Object data);
}
