package dev.sluice.core.run;

import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The reaper's tick ({@link RunSignal.Reap}) for one run, so that no run stays non-terminal forever:
 * an attempt whose worker was lost or that ran past its timeout fails (and is retried as any failure);
 * a due message that never arrived is sent again. Paused and finished runs are left alone.
 *
 * <p>Every decision that sends a stage message records when it is due in {@link Run#wakeAt()} (now for
 * the next stage, the next batch chunk or a resume; later for a wait, a backoff or a batch delay), and a
 * delivery that takes the run clears it. So a run that expects a delivery ({@link Attempts#expected}) and
 * whose {@code wakeAt} is more than {@link ReaperGraces#wake()} past has lost its message (for example the
 * worker crashed between storing the decision and sending the message), whatever its status.
 */
final class RunReaper {

    /** How late a due message may be before the reaper assumes it was lost (the default). */
    static final Duration WAKE_GRACE = ReaperGraces.DEFAULT.wake();

    /** How long a queued run may wait for its first delivery before the reaper sends it again (the default). */
    static final Duration QUEUED_GRACE = ReaperGraces.DEFAULT.queued();

    private RunReaper() {
    }

    static Decision decide(Run run, List<StageDefinition> definitions, Instant now, RandomGenerator random,
                           ReaperGraces graces) {
        StageState stage = run.current();
        if (run.isTerminal() || run.status() == RunStatus.PAUSED || stage == null) {
            return Decision.ignore();
        }
        int index = run.currentStage();
        if (stage.status() == StageStatus.RUNNING) {
            StageDefinition definition = definitions.get(index);
            if (run.leaseUntil() != null && run.leaseUntil().isBefore(now)) {
                return failAttempt(run, definition, "worker lost before finishing the stage", now, random);
            }
            if (definition.timeoutSeconds() > 0 && stage.startedAt() != null
                    && Attempts.deadline(stage, definition).isBefore(now)) {
                return failAttempt(run, definition, "stage timed out after " + definition.timeoutSeconds() + "s",
                        now, random);
            }
        }
        int expected = Attempts.expected(run);
        if (expected != Attempts.NONE && run.wakeAt() != null && run.wakeAt().plus(graces.wake()).isBefore(now)) {
            return Decision.reschedule(Effect.ScheduleStage.now(index, expected),
                    Effect.Log.warn("wake-up of stage " + stage.name() + " due at " + run.wakeAt()
                            + " did not arrive; sending it again"));
        }
        if (expected != Attempts.NONE && run.status() == RunStatus.QUEUED && run.startedAt() == null
                && run.createdAt().plus(graces.queued()).isBefore(now)) {
            return Decision.reschedule(Effect.ScheduleStage.now(index, expected),
                    Effect.Log.warn("run queued since " + run.createdAt() + " never started; sending stage "
                            + stage.name() + " again"));
        }
        return Decision.ignore();
    }

    private static Decision failAttempt(Run run, StageDefinition definition, String error, Instant now,
                                        RandomGenerator random) {
        return AttemptFailure.handle(new RunDraft(run), definition, run.currentStage(), run.current().attempts(),
                error, true, now, random, new ArrayList<>());
    }
}
