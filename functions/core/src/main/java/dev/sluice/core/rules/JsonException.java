package dev.sluice.core.rules;

/**
 * Thrown by {@link Json#parse(String)} for text that is not strict JSON, and by
 * {@link Json#write(Object)} for values that have no JSON form.
 */
public class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception; parse errors name the character offset where reading stopped.
     *
     * @param message description of the problem
     */
    public JsonException(String message) {
        super(message);
    }
}
