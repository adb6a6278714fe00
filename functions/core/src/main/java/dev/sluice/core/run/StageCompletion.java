package dev.sluice.core.run;

import dev.sluice.core.run.RunSignal.Completed;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A worker finished an attempt ({@link Completed}). Accepted only for the current stage, while it runs
 * under a lease, for its current attempt; the lease is released in every accepted outcome.
 */
final class StageCompletion {

    private StageCompletion() {
    }

    static Decision decide(Run run, List<StageDefinition> definitions, Completed signal, Instant now,
                           RandomGenerator random) {
        int index = signal.stageIndex();
        StageState stage = run.current();
        if (run.isTerminal() || index != run.currentStage() || stage == null
                || stage.status() != StageStatus.RUNNING || signal.attempt() != stage.attempts()
                || run.leaseOwner() == null) {
            return Decision.ignore();
        }
        RunDraft draft = new RunDraft(run);
        draft.releaseLease();
        List<Effect> effects = new ArrayList<>();
        StageDefinition definition = definitions.get(index);
        return switch (signal.result()) {
            case StageResult.Passed passed -> {
                draft.mergeContext(passed.contextUpdates());
                if (definition.isBatched()) {
                    allItemsDone(draft, index, passed.summary());
                }
                pass(draft, index, signal.attempt(), passed.summary(), signal.credits(), now, effects);
                yield Checkpoint.continueAt(draft, index + 1, now, effects);
            }
            case StageResult.Failed failed -> AttemptFailure.handle(draft, definition, index, signal.attempt(),
                    failed.error(), failed.retriable(), now, random, effects);
            case StageResult.Wait wait -> {
                Duration duration = wait.duration().isNegative() ? Duration.ZERO : wait.duration();
                draft.stage(index, StageStates.waiting(stage));
                Effect.Log note = Effect.Log.info("stage " + stage.name() + " waits until " + now.plus(duration));
                yield Checkpoint.hold(draft, index, signal.attempt(), duration, now, effects, note);
            }
            case StageResult.JumpTo jump -> jump(draft, definition, signal, jump, now, random, effects);
            case StageResult.EndRun end -> end(draft, definition, signal, end, now, random, effects);
        };
    }

    /**
     * The stage passed: its result is kept, and a positive cost is added to the run and charged once.
     * Also used when a wait stage's time is up.
     */
    static void pass(RunDraft run, int index, int attempt, Object summary, long credits, Instant now,
                     List<Effect> effects) {
        StageState stage = run.stage(index);
        run.stage(index, StageStates.passed(stage, now, summary));
        if (credits > 0) {
            run.addCredits(credits);
            effects.add(new Effect.ChargeCredits(stage.name(), attempt, credits));
        }
        effects.add(Effect.Log.info("stage " + stage.name() + " passed (attempt " + attempt + ")"));
    }

    /**
     * A {@code for_each} stage reports its last chunk as passed, with the count of items in its summary
     * ({@code {"items": n, ...}}); its progress then reads n of n.
     */
    private static void allItemsDone(RunDraft run, int index, Object summary) {
        StageState stage = run.stage(index);
        int total = summary instanceof java.util.Map<?, ?> map && map.get("items") instanceof Number n
                ? n.intValue() : stage.itemsTotal();
        run.stage(index, StageStates.progressed(stage, total, total, stage.result()));
    }

    private static Decision jump(RunDraft run, StageDefinition definition, Completed signal, StageResult.JumpTo jump,
                                 Instant now, RandomGenerator random, List<Effect> effects) {
        int index = signal.stageIndex();
        int target = indexOf(run, jump.stageName());
        if (target <= index) {
            return AttemptFailure.handle(run, definition, index, signal.attempt(),
                    "skip_to target " + jump.stageName() + " is not a later stage", false, now, random, effects);
        }
        pass(run, index, signal.attempt(), jump.summary(), signal.credits(), now, effects);
        for (int between = index + 1; between < target; between++) {
            run.stage(between, StageStates.ended(run.stage(between), StageStatus.SKIPPED, now));
        }
        effects.add(Effect.Log.info("stage " + run.stage(index).name() + " skips to " + jump.stageName()));
        return Checkpoint.continueAt(run, target, now, effects);
    }

    private static Decision end(RunDraft run, StageDefinition definition, Completed signal, StageResult.EndRun end,
                                Instant now, RandomGenerator random, List<Effect> effects) {
        int index = signal.stageIndex();
        Optional<RunStatus> status = terminalStatus(end.status());
        if (status.isEmpty()) {
            return AttemptFailure.handle(run, definition, index, signal.attempt(),
                    "end_run status " + end.status() + " is not succeeded, failed or cancelled", false, now,
                    random, effects);
        }
        pass(run, index, signal.attempt(), null, signal.credits(), now, effects);
        return RunEndings.endedByStage(run, run.stage(index).name(), status.get(), end.reason(), now, effects);
    }

    private static int indexOf(RunDraft run, String stageName) {
        for (int i = 0; i < run.stageCount(); i++) {
            if (run.stage(i).name().equals(stageName)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<RunStatus> terminalStatus(String wireName) {
        for (RunStatus status : RunStatus.values()) {
            if (status.isTerminal() && status.wireName().equals(wireName)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
