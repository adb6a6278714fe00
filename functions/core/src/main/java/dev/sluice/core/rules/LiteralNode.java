package dev.sluice.core.rules;

/**
 * A constant: a scalar, or a map that is not an operation (zero or several keys), returned as is.
 * Maps are frozen at compile time so later changes to the source rule cannot leak in.
 *
 * @param value the constant value
 */
record LiteralNode(Object value) implements Node {

    @Override
    public Object evaluate(Object data) {
        return value;
    }
}
