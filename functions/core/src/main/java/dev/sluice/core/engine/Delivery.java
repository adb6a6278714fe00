package dev.sluice.core.engine;

import dev.sluice.core.engine.RunEngine.DeliveryOutcome;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.stage.StageDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One stage-queue message worked off: deliver it to the decider, execute the stage it grants, report the
 * result, carry out the effects. A zero-delay message that a decision sends (the next stage, the next
 * batch chunk) is chained: handled in this invocation as a new delivery, with no queue round trip, while at
 * least {@link EngineSettings#chainMinimum()} is left. Every chained step is stored like any other (one
 * conditional write for the delivery, one for the result), so a crash anywhere leaves a run the reaper can
 * pick up; it starts from the run as this invocation stored it, without reading it again. A delivery that
 * loses the write race is decided again on a fresh read (a pause or cancel request that landed meanwhile is
 * honoured); one that is stale or duplicate is dropped and executes nothing.
 */
final class Delivery {

    private final Transitions transitions;
    private final StageRunner stages;
    private final EffectSink sink;
    private final Clock clock;
    private final EngineSettings settings;
    private final String owner;
    private final Instant deadline;
    private DeliveryOutcome outcome;
    private Run latest;
    private List<StageDefinition> latestPlan;

    /**
     * @param owner    the lease owner of this invocation
     * @param deadline when the invocation ends
     */
    Delivery(Transitions transitions, StageRunner stages, EffectSink sink, Clock clock, EngineSettings settings,
             String owner, Instant deadline) {
        this.transitions = transitions;
        this.stages = stages;
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
        this.deadline = deadline;
    }

    /** The message and every message chained after it; the outcome is the first message's. */
    DeliveryOutcome run(StageMessage first) {
        try {
            Step step = deliver(first, null);
            while (step.chained() != null) {
                // The run as this invocation just stored it: a chained step needs no read.
                step = deliver(step.chained(), new RunStore.LoadedRun(latest, latestPlan));
            }
            return outcome;
        } finally {
            if (latest != null) {
                sink.flush(latest);
            }
        }
    }

    private record Step(DeliveryOutcome outcome, StageMessage chained) {
    }

    private Step deliver(StageMessage message, RunStore.LoadedRun known) {
        Step step = deliverOnce(message, known);
        if (outcome == null) {
            outcome = step.outcome();
        }
        return step;
    }

    /**
     * @param known the run and plan as this invocation last stored them (a chained message), or null to read
     *              them; when another writer moved the run meanwhile, the delivery is decided again on a fresh read
     */
    private Step deliverOnce(StageMessage message, RunStore.LoadedRun known) {
        Optional<RunStore.LoadedRun> loaded = known != null ? Optional.of(known)
                : transitions.load(message.teamId(), message.runId());
        if (loaded.isEmpty()) {
            return new Step(DeliveryOutcome.DROPPED, null);
        }
        Run run = loaded.get().run();
        List<StageDefinition> plan = loaded.get().plan();
        RunSignal deliver = new RunSignal.Deliver(message.stage(), message.attempt(), owner,
                deadline.plus(settings.leaseMargin()));
        Optional<Transitions.Step> settled = transitions.settle(run, plan, deliver, fresh -> true);
        if (settled.isEmpty()) {
            return new Step(DeliveryOutcome.DROPPED, null);
        }
        Transitions.Step step = settled.get();
        return switch (step.outcome()) {
            case IGNORED, REJECTED -> new Step(DeliveryOutcome.DROPPED, null);
            case RESCHEDULED -> new Step(DeliveryOutcome.RESCHEDULED, carryOut(step.after(), plan,
                    step.decision().effects(), message.stage(), message.attempt()));
            case APPLIED -> step.stored()
                    ? new Step(DeliveryOutcome.APPLIED, carryOut(step.after(), plan, step.decision().effects(),
                            message.stage(), message.attempt()))
                    : new Step(DeliveryOutcome.DROPPED, null);
        };
    }

    /** Carries out effects in order; returns the message to chain, if any. */
    private StageMessage carryOut(Run run, List<StageDefinition> plan, List<Effect> effects, int stage, int attempt) {
        latest = run;
        latestPlan = plan;
        StageMessage chained = null;
        String stageName = plan.get(stage).name();
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.Log line -> sink.log(run, stageName, attempt, line);
                case Effect.ScheduleStage message -> {
                    if (chained == null && message.delay().isZero() && canChain()) {
                        chained = EffectSink.messageOf(run, message);
                    } else {
                        sink.send(run, message);
                    }
                }
                case Effect.ExecuteStage execute -> {
                    StageMessage next = execute(run, plan, execute);
                    chained = chained == null ? next : chained;
                }
                case Effect.ChargeCredits charge -> { }
                case Effect.ReleaseLock release -> { }
            }
        }
        return chained;
    }

    /**
     * Runs the stage under this invocation's lease and applies its result. When another writer moved the
     * run meanwhile (a pause or cancel request), the result is decided again on the fresh run as long as
     * this invocation still holds the lease; once the lease is gone (the reaper gave the attempt up), the
     * result is dropped.
     */
    private StageMessage execute(Run run, List<StageDefinition> plan, Effect.ExecuteStage execute) {
        int index = execute.stageIndex();
        RunSignal report = stages.execute(run, plan.get(index), index, execute.attempt(), deadline);
        Optional<Transitions.Step> settled = transitions.settle(run, plan, report,
                fresh -> owner.equals(fresh.leaseOwner()));
        if (settled.isEmpty() || !settled.get().stored()) {
            return null;
        }
        Transitions.Step step = settled.get();
        return carryOut(step.after(), plan, step.decision().effects(), index, execute.attempt());
    }

    private boolean canChain() {
        return Duration.between(clock.instant(), deadline).compareTo(settings.chainMinimum()) >= 0;
    }
}
