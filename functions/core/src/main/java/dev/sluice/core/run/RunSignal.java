package dev.sluice.core.run;

import dev.sluice.core.stage.StageResult;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to a run and that the {@link Decider} turns into a {@link Decision}: a
 * stage-queue delivery, a worker's report, a request from the API, a dead-lettered message or the
 * reaper's tick. Signals are facts; whether they still apply is the decider's call.
 */
public sealed interface RunSignal {

    /**
     * A stage-queue message for ({@code stageIndex}, {@code attempt}) reached a worker that wants to
     * execute it, holding the run until {@code leaseUntil}.
     */
    record Deliver(int stageIndex, int attempt, String leaseOwner, Instant leaseUntil) implements RunSignal {
        public Deliver {
            Objects.requireNonNull(leaseOwner, "leaseOwner");
            Objects.requireNonNull(leaseUntil, "leaseUntil");
        }
    }

    /**
     * The worker finished executing one attempt of a stage.
     *
     * @param credits what the stage costs if it passed (0 for a free stage)
     */
    record Completed(int stageIndex, int attempt, StageResult result, long credits) implements RunSignal {
        public Completed {
            Objects.requireNonNull(result, "result");
            if (credits < 0) {
                throw new IllegalArgumentException("credits must not be negative");
            }
        }
    }

    /**
     * A {@code for_each} stage processed a chunk and items remain; the final chunk is reported as
     * {@link Completed}.
     *
     * @param summary the running tally so far (the worker's {@code {items, passed, failed, errors}}), kept
     *                as the stage's result while it runs so the next chunk can go on counting; null keeps
     *                the stage's result as it was
     */
    record BatchProgress(int stageIndex, int attempt, int itemsDone, int itemsTotal,
                         Map<String, Object> contextUpdates, Object summary) implements RunSignal {
        public BatchProgress {
            contextUpdates = contextUpdates == null ? Map.of() : contextUpdates;
        }

        public BatchProgress(int stageIndex, int attempt, int itemsDone, int itemsTotal,
                             Map<String, Object> contextUpdates) {
            this(stageIndex, attempt, itemsDone, itemsTotal, contextUpdates, null);
        }
    }

    /** The API asks to pause the run. */
    record PauseRequested() implements RunSignal {
    }

    /** The API asks to resume a paused run. */
    record ResumeRequested() implements RunSignal {
    }

    /** The API asks to cancel the run. */
    record CancelRequested() implements RunSignal {
    }

    /** A message for this run reached the dead-letter queue. */
    record DeadLettered(String reason) implements RunSignal {
        public DeadLettered {
            reason = reason == null || reason.isBlank() ? "no reason given" : reason;
        }
    }

    /** The reaper's minute tick: re-drive lost work, time out slow attempts. */
    record Reap() implements RunSignal {
    }
}
