package dev.sluice.core.run;

import dev.sluice.core.run.RunSignal.BatchProgress;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code for_each} stage processed a chunk and items remain ({@link BatchProgress}). Progress and
 * context are recorded, the lease is released and the stage stays running under the same attempt; the
 * next chunk comes in a new delivery, after the stage's batch delay if it has one. Between chunks is a
 * checkpoint: a cancel or pause request is honoured there.
 */
final class BatchCheckpoint {

    private BatchCheckpoint() {
    }

    static Decision decide(Run run, List<StageDefinition> definitions, BatchProgress signal, Instant now) {
        int index = signal.stageIndex();
        StageState stage = run.current();
        if (run.isTerminal() || index != run.currentStage() || stage == null
                || stage.status() != StageStatus.RUNNING || signal.attempt() != stage.attempts()
                || run.leaseOwner() == null) {
            return Decision.ignore();
        }
        RunDraft draft = new RunDraft(run);
        draft.stage(index, StageStates.progressed(stage, signal.itemsDone(), signal.itemsTotal(),
                signal.summary() == null ? stage.result() : signal.summary()));
        draft.mergeContext(signal.contextUpdates());
        List<Effect> effects = new ArrayList<>();
        int delaySeconds = definitions.get(index).batchDelaySeconds();
        if (delaySeconds > 0) {
            Duration delay = Duration.ofSeconds(delaySeconds);
            return Checkpoint.hold(draft, index, signal.attempt(), delay, now, effects, null);
        }
        return Checkpoint.goOn(draft, index, signal.attempt(), now, effects);
    }
}
