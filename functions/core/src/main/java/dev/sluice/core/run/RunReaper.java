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
 * a wake-up or a first message that never arrived is sent again. Paused and finished runs are left alone.
 */
final class RunReaper {

    /** How late a wake-up may be before the reaper assumes its message was lost. */
    static final Duration WAKE_GRACE = Duration.ofSeconds(120);

    /** How long a queued run may wait for its first delivery before the reaper sends it again. */
    static final Duration QUEUED_GRACE = Duration.ofMinutes(5);

    private RunReaper() {
    }

    static Decision decide(Run run, List<StageDefinition> definitions, Instant now, RandomGenerator random) {
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
        if (run.status() == RunStatus.WAITING && run.wakeAt() != null && run.wakeAt().plus(WAKE_GRACE).isBefore(now)) {
            return Decision.reschedule(Effect.ScheduleStage.now(index, Attempts.expected(run)),
                    Effect.Log.warn("wake-up of stage " + stage.name() + " due at " + run.wakeAt()
                            + " did not arrive; sending it again"));
        }
        if (run.status() == RunStatus.QUEUED && run.startedAt() == null
                && run.createdAt().plus(QUEUED_GRACE).isBefore(now)) {
            return Decision.reschedule(Effect.ScheduleStage.now(index, Attempts.expected(run)),
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
