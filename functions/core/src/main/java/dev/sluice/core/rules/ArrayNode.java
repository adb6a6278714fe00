package dev.sluice.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * An array in a rule: json-logic-js evaluates every element and returns a new array each time,
 * so two evaluations never share (or alias) a result list. Undefined elements are stored as null.
 */
final class ArrayNode implements Node {

    private final Node[] elements;

    ArrayNode(Node[] elements) {
        this.elements = elements;
    }

    @Override
    public Object evaluate(Object data) {
        List<Object> out = new ArrayList<>(elements.length);
        for (Node element : elements) {
            out.add(Undefined.toNull(element.evaluate(data)));
        }
        return out;
    }
}
