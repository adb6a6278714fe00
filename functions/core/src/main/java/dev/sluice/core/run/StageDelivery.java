package dev.sluice.core.run;

import dev.sluice.core.run.RunSignal.Deliver;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stage-queue message reached a worker ({@link Deliver}). Accepted only for the current stage and the
 * attempt it expects (see {@link Attempts#expected}), so a duplicate or stale delivery never moves a
 * run backwards. An accepted delivery is a checkpoint; then a message that came early for a waiting
 * run is sent again for the rest of the wait, a wait stage whose time is up passes, and anything else
 * is executed under the worker's lease.
 */
final class StageDelivery {

    /** A wake-up this close to its time counts as on time. */
    static final Duration WAKE_TOLERANCE = Duration.ofSeconds(1);

    private StageDelivery() {
    }

    static Decision decide(Run run, List<StageDefinition> definitions, Deliver signal, Instant now) {
        int index = signal.stageIndex();
        if (run.isTerminal() || run.status() == RunStatus.PAUSED || index != run.currentStage()) {
            return Decision.ignore();
        }
        int expected = Attempts.expected(run);
        if (expected == Attempts.NONE || signal.attempt() != expected) {
            return Decision.ignore();
        }
        RunDraft draft = new RunDraft(run);
        List<Effect> effects = new ArrayList<>();
        Optional<Decision> honoured = Checkpoint.honourRequests(draft, now, effects);
        if (honoured.isPresent()) {
            return honoured.get();
        }
        if (run.wakeAt() != null && now.isBefore(run.wakeAt().minus(WAKE_TOLERANCE))) {
            return Decision.reschedule(
                    Effect.ScheduleStage.capped(index, signal.attempt(), Duration.between(now, run.wakeAt())));
        }
        StageState stage = run.current();
        if (stage.status() == StageStatus.WAITING) {
            Long credits = definitions.get(index).credits();
            StageCompletion.pass(draft, index, signal.attempt(), stage.result(), credits == null ? 0 : credits, now,
                    effects);
            return Checkpoint.continueAt(draft, index + 1, now, effects);
        }
        draft.markStarted(now);
        draft.wakeAt(null);
        draft.lease(signal.leaseOwner(), signal.leaseUntil());
        draft.stage(index, StageStates.running(stage, signal.attempt(), now));
        effects.add(Effect.Log.info(stage.itemsDone() > 0 && stage.attempts() == signal.attempt()
                ? "stage " + stage.name() + " continues at item " + (stage.itemsDone() + 1) + " of "
                        + stage.itemsTotal() + " (attempt " + signal.attempt() + ")"
                : "stage " + stage.name() + " started (attempt " + signal.attempt() + ")"));
        effects.add(new Effect.ExecuteStage(index, signal.attempt()));
        return Decision.apply(draft.build(), effects);
    }
}
