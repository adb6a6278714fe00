package dev.sluice.core.stage;

/**
 * A template could not be rendered: a placeholder names a value that does not exist
 * ({@code unresolved placeholder ${context.x}}) or is not closed. Executors turn it into a
 * non-retriable {@link StageResult.Failed} carrying this message.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
