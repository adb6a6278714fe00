package dev.sluice.core.rules;

/**
 * A rule compiled by {@link Rules#compile(Object)} into a tree of operation nodes. Operators are
 * resolved and constant {@code var} paths are split once, so evaluating the same rule against many
 * data values repeats none of that work. Instances are immutable and thread-safe.
 */
public final class CompiledRule {

    private final Node root;

    CompiledRule(Node root) {
        this.root = root;
    }

    /**
     * Applies the rule to {@code data}.
     *
     * @param data null, Boolean, Number, String, List or Map (as produced by a JSON parser)
     * @return the result, in the same value model; computed numbers are {@link Double}s
     * @throws RuleException if an operator cannot work with its arguments at run time
     */
    public Object evaluate(Object data) {
        return Undefined.toNull(root.evaluate(data));
    }
}
