package dev.sluice.core.run;

import java.time.Instant;
import java.util.List;

/**
 * The ways a run ends. Each one finishes the run, settles the stages that will not run, releases
 * the automation's lock and says so in the run log.
 */
final class RunEndings {

    private RunEndings() {
    }

    /** Every stage is done: the final context is the run's output. */
    static Decision succeed(RunDraft run, Instant now, List<Effect> effects) {
        run.currentStage(run.stageCount());
        run.finish(RunStatus.SUCCEEDED, null, now);
        run.output(run.context());
        return ended(run, effects, Effect.Log.info("run succeeded"));
    }

    /**
     * The run fails: the current stage, if not already finished, fails with the same error, and the
     * stages that never ran are skipped.
     */
    static Decision fail(RunDraft run, String error, Instant now, List<Effect> effects) {
        settleCurrent(run, StageStatus.FAILED, error, now);
        run.endPendingStages(StageStatus.SKIPPED, now);
        run.finish(RunStatus.FAILED, error, now);
        return ended(run, effects, Effect.Log.error("run failed: " + error));
    }

    /** Cancelled: the current stage (unless finished) and every pending stage are cancelled. */
    static Decision cancel(RunDraft run, Instant now, List<Effect> effects) {
        settleCurrent(run, StageStatus.CANCELLED, null, now);
        run.endPendingStages(StageStatus.CANCELLED, now);
        run.finish(RunStatus.CANCELLED, null, now);
        return ended(run, effects, Effect.Log.info("run cancelled"));
    }

    /**
     * A stage ended the run with {@code status} ({@code end_run}); the stages after it are skipped and
     * {@code reason} is the error of a failed or cancelled run.
     */
    static Decision endedByStage(RunDraft run, String stageName, RunStatus status, String reason, Instant now,
                                 List<Effect> effects) {
        run.endPendingStages(StageStatus.SKIPPED, now);
        String why = reason == null || reason.isBlank() ? "ended by stage " + stageName : reason;
        run.finish(status, status == RunStatus.SUCCEEDED ? null : why, now);
        if (status == RunStatus.SUCCEEDED) {
            run.output(run.context());
        }
        String line = "stage " + stageName + " ended the run as " + status.wireName()
                + (reason == null || reason.isBlank() ? "" : ": " + reason);
        return ended(run, effects, status == RunStatus.FAILED ? Effect.Log.error(line) : Effect.Log.info(line));
    }

    private static void settleCurrent(RunDraft run, StageStatus status, String error, Instant now) {
        int index = run.currentStage();
        if (index >= run.stageCount() || run.stage(index).status().isTerminal()) {
            return;
        }
        StageState stage = run.stage(index);
        run.stage(index, status == StageStatus.FAILED
                ? StageStates.failed(stage, now, error)
                : StageStates.ended(stage, status, now));
    }

    private static Decision ended(RunDraft run, List<Effect> effects, Effect.Log line) {
        effects.add(new Effect.ReleaseLock());
        effects.add(line);
        return Decision.apply(run.build(), effects);
    }
}
