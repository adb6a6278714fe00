package dev.sluice.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The points between units of work where a run honours a pending cancel or pause request, then goes
 * on: with the next stage ({@link #continueAt}), after a delay ({@link #hold}) or at once with the same
 * attempt ({@link #goOn}). Whenever a message is sent, {@code wakeAt} records when it is due, so the
 * reaper can send it again if it is lost (see {@link RunReaper}).
 */
final class Checkpoint {

    private Checkpoint() {
    }

    /** A pending cancel ends the run; a pending pause pauses it here. Empty if neither was requested. */
    static Optional<Decision> honourRequests(RunDraft run, Instant now, List<Effect> effects) {
        if (run.cancelRequested()) {
            return Optional.of(RunEndings.cancel(run, now, effects));
        }
        if (run.pauseRequested()) {
            return Optional.of(pause(run, effects));
        }
        return Optional.empty();
    }

    /**
     * The run moves on to stage {@code target} (the next one, or a jump target): cancel if requested,
     * succeed if no stage is left, pause if requested, else schedule the target's first attempt.
     */
    static Decision continueAt(RunDraft run, int target, Instant now, List<Effect> effects) {
        run.releaseLease();
        run.wakeAt(null);
        if (run.cancelRequested()) {
            return RunEndings.cancel(run, now, effects);
        }
        if (target >= run.stageCount()) {
            return RunEndings.succeed(run, now, effects);
        }
        run.currentStage(target);
        if (run.pauseRequested()) {
            return pause(run, effects);
        }
        run.markStarted(now);
        run.wakeAt(now);
        effects.add(Effect.ScheduleStage.now(target, 1));
        return Decision.apply(run.build(), effects);
    }

    /**
     * The run waits {@code delay} before ({@code index}, {@code attempt}) is delivered again (a wait stage,
     * a retry backoff, a batch delay). A cancel or pause request is honoured instead; a paused run keeps
     * its wake-up time. {@code note}, if any, is logged only when the run does wait.
     */
    static Decision hold(RunDraft run, int index, int attempt, Duration delay, Instant now, List<Effect> effects,
                         Effect.Log note) {
        run.releaseLease();
        run.wakeAt(now.plus(delay));
        Optional<Decision> honoured = honourRequests(run, now, effects);
        if (honoured.isPresent()) {
            return honoured.get();
        }
        run.status(RunStatus.WAITING);
        effects.add(Effect.ScheduleStage.capped(index, attempt, delay));
        if (note != null) {
            effects.add(note);
        }
        return Decision.apply(run.build(), effects);
    }

    /** The same attempt goes on at once in a new delivery (the next batch chunk), unless cancelled or paused. */
    static Decision goOn(RunDraft run, int index, int attempt, Instant now, List<Effect> effects) {
        run.releaseLease();
        run.wakeAt(null);
        Optional<Decision> honoured = honourRequests(run, now, effects);
        if (honoured.isPresent()) {
            return honoured.get();
        }
        run.markStarted(now);
        run.wakeAt(now);
        effects.add(Effect.ScheduleStage.now(index, attempt));
        return Decision.apply(run.build(), effects);
    }

    private static Decision pause(RunDraft run, List<Effect> effects) {
        run.pauseRequested(false);
        run.releaseLease();
        run.status(RunStatus.PAUSED);
        effects.add(Effect.Log.info("run paused at stage " + run.stage(run.currentStage()).name()));
        return Decision.apply(run.build(), effects);
    }
}
