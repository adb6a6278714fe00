package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.run.Decider;
import dev.sluice.core.run.Decision;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.stage.StageDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The one apply path of the engine: ask the {@link Decider}, write an applied decision conditionally on
 * the version it was decided from, then pass the {@link FaultPoints}. Used by deliveries, API signals and
 * the reaper alike.
 */
final class Transitions {

    /** How often a signal is decided again from a fresh read when another writer moved the run first. */
    static final int MAX_RACES = 5;

    private final RunStore store;
    private final Decider decider;
    private final Clock clock;
    private final RandomGenerator random;
    private final FaultPoints faults;

    Transitions(RunStore store, Decider decider, Clock clock, RandomGenerator random, FaultPoints faults) {
        this.store = store;
        this.decider = decider;
        this.clock = clock;
        this.random = random;
        this.faults = faults;
    }

    /** A decision and the run it was decided from; {@code stored} tells whether an applied one was written. */
    record Step(Run before, List<StageDefinition> plan, Decision decision, boolean stored) {

        Decision.Outcome outcome() {
            return decision.outcome();
        }

        /** The run after this step: the new one if stored, else the one it was decided from. */
        Run after() {
            return stored ? decision.next() : before;
        }
    }

    Decision decide(Run run, List<StageDefinition> plan, RunSignal signal) {
        return decider.decide(run, plan, signal, clock.instant(), random);
    }

    /** Decides once from {@code run}; an applied decision is written (a lost race gives {@code stored} false). */
    Step once(Run run, List<StageDefinition> plan, RunSignal signal) {
        Decision decision = decide(run, plan, signal);
        return new Step(run, plan, decision, decision.outcome().writesRun() && write(run, decision));
    }

    /**
     * Decides from {@code run}, and when another writer moved the run first, reads it again and decides
     * again (up to {@link #MAX_RACES} times) as long as {@code stillOurs} holds for the fresh run. Empty when
     * the run vanished, {@code stillOurs} failed, or every race was lost.
     */
    Optional<Step> settle(Run run, List<StageDefinition> plan, RunSignal signal, Predicate<Run> stillOurs) {
        Run current = run;
        for (int race = 0; race < MAX_RACES; race++) {
            Step step = once(current, plan, signal);
            if (!step.outcome().writesRun() || step.stored()) {
                return Optional.of(step);
            }
            Optional<RunStore.LoadedRun> fresh = load(run.teamId(), run.id());
            if (fresh.isEmpty() || !stillOurs.test(fresh.get().run())) {
                return Optional.empty();
            }
            current = fresh.get().run();
        }
        return Optional.empty();
    }

    /** The run and its plan, fresh from the store. */
    Optional<RunStore.LoadedRun> load(String teamId, String runId) {
        return store.load(new TeamId(teamId), runId);
    }

    private boolean write(Run previous, Decision decision) {
        if (!store.apply(previous, decision.next(), decision.effects())) {
            return false;
        }
        faults.afterApply(decision.next());
        return true;
    }
}
