package dev.sluice.core.run;

import dev.sluice.core.run.RunSignal.BatchProgress;
import dev.sluice.core.run.RunSignal.CancelRequested;
import dev.sluice.core.run.RunSignal.Completed;
import dev.sluice.core.run.RunSignal.DeadLettered;
import dev.sluice.core.run.RunSignal.Deliver;
import dev.sluice.core.run.RunSignal.PauseRequested;
import dev.sluice.core.run.RunSignal.Reap;
import dev.sluice.core.run.RunSignal.ResumeRequested;
import dev.sluice.core.stage.StageDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The run engine's pure decider: {@code (run, stages, signal, now) → Decision}. No I/O, no clock, no
 * state: the caller loads the run, asks, then writes {@link Decision#next()} conditionally on the old
 * version and carries out the effects. An applied decision always returns {@code version + 1}; ignored,
 * rejected and rescheduled decisions change nothing.
 */
public final class Decider {

    private final ReaperGraces graces;

    /** A decider with the production {@link ReaperGraces#DEFAULT reaper graces}. */
    public Decider() {
        this(ReaperGraces.DEFAULT);
    }

    /** A decider whose reaper waits {@code graces} before it re-sends a lost message (tests shorten them). */
    public Decider(ReaperGraces graces) {
        this.graces = Objects.requireNonNull(graces, "graces");
    }

    public ReaperGraces graces() {
        return graces;
    }

    /**
     * @param stages the definitions of the run's automation version, one per {@link Run#stages()} entry
     * @param random the source of retry jitter (seeded in tests)
     */
    public Decision decide(Run run, List<StageDefinition> stages, RunSignal signal, Instant now,
                           RandomGenerator random) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(random, "random");
        if (stages.size() != run.stages().size()) {
            throw new IllegalArgumentException("run " + run.id() + " has " + run.stages().size()
                    + " stages but " + stages.size() + " definitions were given");
        }
        return switch (signal) {
            case Deliver deliver -> StageDelivery.decide(run, stages, deliver, now);
            case Completed completed -> StageCompletion.decide(run, stages, completed, now, random);
            case BatchProgress progress -> BatchCheckpoint.decide(run, stages, progress, now);
            case PauseRequested pause -> RunControl.pause(run);
            case ResumeRequested resume -> RunControl.resume(run, now);
            case CancelRequested cancel -> RunControl.cancel(run, now);
            case DeadLettered dead -> RunControl.deadLettered(run, dead.reason(), now);
            case Reap reap -> RunReaper.decide(run, stages, now, random, graces);
        };
    }
}
