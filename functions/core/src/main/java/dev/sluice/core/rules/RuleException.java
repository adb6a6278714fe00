package dev.sluice.core.rules;

/**
 * Thrown when a JSONLogic rule cannot be compiled or evaluated: an unknown operator, or operator
 * arguments that json-logic-js itself cannot work with (for example {@code {"*": []}} or a
 * {@code missing_some} without a key list).
 */
public class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the offending operator or argument.
     *
     * @param message what went wrong, for people reading logs
     */
    public RuleException(String message) {
        super(message);
    }
}
