package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.run.Decider;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.StageState;
import dev.sluice.core.stage.StageCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The run engine: applies the pure {@link Decider}'s decisions through the ports. Decide, write
 * conditionally on the version read, then carry out the effects; a lost race means another delivery or
 * request already moved the run. Thread-safe when its ports and random generator are.
 */
public class RunEngine {

    private final Transitions transitions;
    private final StageRunner stages;
    private final EffectSink sink;
    private final Clock clock;
    private final RandomGenerator random;
    private final EngineSettings settings;

    public RunEngine(RunStore store, StageQueue queue, StageCatalog catalog, RunLog log, Clock clock,
                     RandomGenerator random, EngineSettings settings) {
        this(store, queue, catalog, log, clock, random, settings, FaultPoints.NONE);
    }

    /** @param faults a chaos hook for tests ({@link ArmedCrash}); {@link FaultPoints#NONE} in production code */
    public RunEngine(RunStore store, StageQueue queue, StageCatalog catalog, RunLog log, Clock clock,
                     RandomGenerator random, EngineSettings settings, FaultPoints faults) {
        Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transitions = new Transitions(store, new Decider(settings.graces()), clock, random,
                Objects.requireNonNull(faults, "faults"));
        this.stages = new StageRunner(catalog, log, clock, settings);
        this.sink = new EffectSink(queue, log, clock);
    }

    /**
     * Handles one stage-queue message: deliver, execute, chain fast stages while {@code remaining}
     * allows, carry out effects. Never throws for a stale/duplicate message (it is dropped); a port failure
     * propagates (the message is then delivered again, and is stale if the transition was stored).
     *
     * @param remaining how long the invocation may still run
     */
    public DeliveryOutcome deliver(StageMessage message, Duration remaining) {
        Objects.requireNonNull(message, "message");
        Delivery delivery = new Delivery(transitions, stages, sink, clock, settings, newOwner(),
                clock.instant().plus(remaining.isNegative() ? Duration.ZERO : remaining));
        return delivery.run(message);
    }

    /**
     * Applies an API or system signal (pause, resume, cancel, dead-lettered, reap) to a run: load, decide,
     * conditional write (retried on a lost race), effects. {@link dev.sluice.core.error.NotFoundException}
     * for an unknown run, {@link dev.sluice.core.error.ConflictException} with the decider's rejection.
     * Messages a signal sends (a resume) go to the queue; a signal never executes a stage.
     *
     * @return the run after the signal (unchanged when the signal was ignored or only re-sent a message)
     */
    public Run signal(TeamId team, String runId, RunSignal signal) {
        RunStore.LoadedRun loaded = transitions.load(team.value(), runId)
                .orElseThrow(() -> new NotFoundException("run " + runId + " not found"));
        Transitions.Step step = transitions.settle(loaded.run(), loaded.plan(), signal, fresh -> true)
                .orElseThrow(() -> new ConflictException("run " + runId + " kept changing; try again"));
        return switch (step.outcome()) {
            case REJECTED -> throw new ConflictException(step.decision().rejection());
            case IGNORED -> step.before();
            case APPLIED, RESCHEDULED -> {
                carryOut(step);
                sink.flush(step.after());
                yield step.after();
            }
        };
    }

    /**
     * A message found in the stage dead-letter queue: the run fails with a clear error, if the message is
     * still the one the run is waiting for. A message the run has moved past (an older stage or attempt)
     * is stale and changes nothing. Empty when the run does not exist or the message is stale.
     */
    public Optional<Run> deadLettered(StageMessage message) {
        Optional<RunStore.LoadedRun> loaded = transitions.load(message.teamId(), message.runId());
        if (loaded.isEmpty() || !isCurrent(loaded.get().run(), message)) {
            return Optional.empty();
        }
        String reason = "stage message for stage " + message.stage() + " attempt " + message.attempt()
                + " reached the dead-letter queue after repeated failures";
        return Optional.of(signal(new TeamId(message.teamId()), message.runId(), new RunSignal.DeadLettered(reason)));
    }

    /** One reaper tick for one run, through the same apply path (no retry: a moved run is alive). */
    Transitions.Step reap(Run run) {
        Optional<RunStore.LoadedRun> loaded = transitions.load(run.teamId(), run.id());
        if (loaded.isEmpty()) {
            return null;
        }
        Transitions.Step step = transitions.once(loaded.get().run(), loaded.get().plan(), new RunSignal.Reap());
        if (step.outcome().hasEffects() && (step.stored() || !step.outcome().writesRun())) {
            carryOut(step);
            sink.flush(step.after());
        }
        return step;
    }

    private void carryOut(Transitions.Step step) {
        Run before = step.before();
        StageState stage = before.current();
        sink.carryOut(step.after(), step.decision().effects(), stage == null ? null : stage.name(),
                stage == null ? 0 : stage.attempts());
    }

    private static boolean isCurrent(Run run, StageMessage message) {
        StageState stage = run.current();
        return !run.isTerminal() && stage != null && run.currentStage() == message.stage()
                && message.attempt() >= stage.attempts();
    }

    private String newOwner() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "inv_" + HexFormat.of().formatHex(bytes);
    }

    /** What became of a delivered message. */
    public enum DeliveryOutcome {
        /** At least one transition applied. */
        APPLIED,
        /** Re-sent for later (chained wait). */
        RESCHEDULED,
        /** Stale, duplicate, unknown run: dropped. */
        DROPPED
    }
}
