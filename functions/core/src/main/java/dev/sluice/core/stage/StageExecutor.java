package dev.sluice.core.stage;

/**
 * One kind of stage ({@code http}, {@code transform}, ...), registered by its {@link #type()} key in
 * the {@link StageCatalog}. Executors are stateless and thread-safe; one attempt is one call to
 * {@link #execute}. An executor never throws for an expected failure: it returns
 * {@link StageResult.Failed}. A thrown exception is a bug and counts as a retriable failure.
 */
public interface StageExecutor {

    /** The key stage definitions use in {@code type}. */
    String type();

    /** The parameters this executor accepts; automations are validated against it on write. */
    StageSchema schema();

    /** Whether repeating an attempt has no extra effect (outbound calls carry an idempotency key either way). */
    boolean idempotent();

    /** Credits a passed stage costs unless the stage definition sets {@code credits}. */
    long defaultCredits();

    StageResult execute(StageInvocation invocation);
}
