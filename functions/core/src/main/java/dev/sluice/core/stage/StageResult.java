package dev.sluice.core.stage;

import java.time.Duration;
import java.util.Map;

/** What one attempt of a stage came to. The decider turns it into the run's next state. */
public sealed interface StageResult {

    /**
     * The stage did its work.
     *
     * @param summary        a small JSON-compatible value stored on the stage as its result
     * @param contextUpdates variables merged into the run's context
     */
    record Passed(Object summary, Map<String, Object> contextUpdates) implements StageResult {
        public Passed {
            contextUpdates = contextUpdates == null ? Map.of() : contextUpdates;
        }
    }

    /** The attempt failed; {@code retriable} false skips the remaining attempts. */
    record Failed(String error, boolean retriable) implements StageResult {
    }

    /** The stage waits this long before it passes (the {@code wait} stage). */
    record Wait(Duration duration) implements StageResult {
    }

    /** Skip forward to the named stage; stages in between are marked skipped. */
    record JumpTo(String stageName, Object summary) implements StageResult {
    }

    /** End the run now with the given terminal status ({@code succeeded}, {@code failed} or {@code cancelled}). */
    record EndRun(String status, String reason) implements StageResult {
    }
}
