package dev.sluice.core.run;

import dev.sluice.core.run.ControlRequest.Reaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests from the API (pause, resume, cancel) and a dead-lettered message. A request that is already
 * pending is ignored, so repeating one is harmless.
 */
final class RunControl {

    private RunControl() {
    }

    static Decision pause(Run run) {
        return switch (ControlRequest.PAUSE.reactionTo(run.status())) {
            case REJECT -> Decision.reject(ControlRequest.PAUSE.rejection(run.status()));
            case RECORD -> {
                if (run.pauseRequested()) {
                    yield Decision.ignore();
                }
                RunDraft draft = new RunDraft(run);
                draft.pauseRequested(true);
                yield Decision.apply(draft.build(),
                        Effect.Log.info("pause requested; the run pauses at its next checkpoint"));
            }
            case AT_ONCE -> {
                RunDraft draft = new RunDraft(run);
                draft.status(RunStatus.PAUSED);
                yield Decision.apply(draft.build(), Effect.Log.info("run paused at stage " + run.current().name()));
            }
        };
    }

    /**
     * A paused run goes on where it stopped: still waiting if its wait stage's time is not up, else with
     * the attempt its current stage expects, at once.
     */
    static Decision resume(Run run, Instant now) {
        if (ControlRequest.RESUME.reactionTo(run.status()) == Reaction.REJECT) {
            return Decision.reject(ControlRequest.RESUME.rejection(run.status()));
        }
        RunDraft draft = new RunDraft(run);
        List<Effect> effects = new ArrayList<>();
        StageState stage = run.current();
        if (stage.status() == StageStatus.WAITING && run.wakeAt() != null && run.wakeAt().isAfter(now)) {
            draft.status(RunStatus.WAITING);
            effects.add(Effect.ScheduleStage.capped(run.currentStage(), stage.attempts(),
                    Duration.between(now, run.wakeAt())));
        } else {
            draft.status(run.startedAt() == null ? RunStatus.QUEUED : RunStatus.RUNNING);
            draft.wakeAt(now);
            effects.add(Effect.ScheduleStage.now(run.currentStage(), Attempts.expected(run)));
        }
        effects.add(Effect.Log.info("run resumed at stage " + stage.name()));
        return Decision.apply(draft.build(), effects);
    }

    static Decision cancel(Run run, Instant now) {
        return switch (ControlRequest.CANCEL.reactionTo(run.status())) {
            case REJECT -> Decision.reject(ControlRequest.CANCEL.rejection(run.status()));
            case RECORD -> {
                if (run.cancelRequested()) {
                    yield Decision.ignore();
                }
                RunDraft draft = new RunDraft(run);
                draft.cancelRequested(true);
                yield Decision.apply(draft.build(),
                        Effect.Log.info("cancel requested; the run stops at its next checkpoint"));
            }
            case AT_ONCE -> RunEndings.cancel(new RunDraft(run), now, new ArrayList<>());
        };
    }

    /** A message for the run reached the dead-letter queue: the run fails, unless it is already over. */
    static Decision deadLettered(Run run, String reason, Instant now) {
        if (run.isTerminal()) {
            return Decision.ignore();
        }
        return RunEndings.fail(new RunDraft(run), "a stage message reached the dead-letter queue: " + reason, now,
                new ArrayList<>());
    }
}
