package dev.sluice.core.engine;

import dev.sluice.core.run.Decision;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.RunStatus;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reaper's tick across tenants: every non-terminal run gets {@link RunSignal.Reap} through the engine's
 * apply path, so a run whose worker was lost, whose attempt timed out or whose due message never arrived is
 * re-driven or failed (and its lock released). Together with the decider recording when every sent message
 * is due, no run stays non-terminal without a live lease or a pending wake-up (paused runs wait for a
 * person). A run another writer moves during the tick is alive and left alone.
 */
public final class RunReaperJob {

    private static final Logger LOG = Logger.getLogger(RunReaperJob.class.getName());

    /** Runs read per page of {@link RunStore#activeAcrossTenants}. */
    public static final int PAGE_SIZE = 100;

    private final RunStore store;
    private final RunEngine engine;

    public RunReaperJob(RunStore store, RunEngine engine) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * What one tick did.
     *
     * @param examined runs looked at
     * @param redriven runs whose stage message was sent again (a lost message, or a retry after a lost worker)
     * @param failed   runs the tick failed (last attempt lost or timed out)
     * @param released runs that ended in the tick, releasing their automation's lock
     * @param errors   runs that could not be examined (logged; tried again next tick)
     */
    public record Report(int examined, int redriven, int failed, int released, int errors) {
    }

    public Report run() {
        int examined = 0;
        int redriven = 0;
        int failed = 0;
        int released = 0;
        int errors = 0;
        String cursor = null;
        do {
            RunStore.RunPage page = store.activeAcrossTenants(PAGE_SIZE, cursor);
            for (Run run : page.items()) {
                if (run.isTerminal()) {
                    continue;
                }
                examined++;
                try {
                    Transitions.Step step = run.status() == RunStatus.PAUSED ? null : engine.reap(run);
                    if (step == null || !(step.stored() || step.outcome() == Decision.Outcome.RESCHEDULED)) {
                        continue;
                    }
                    Decision decision = step.decision();
                    if (decision.effects().stream().anyMatch(Effect.ScheduleStage.class::isInstance)) {
                        redriven++;
                    }
                    if (decision.next() != null && decision.next().status() == RunStatus.FAILED) {
                        failed++;
                    }
                    if (decision.effects().stream().anyMatch(Effect.ReleaseLock.class::isInstance)) {
                        released++;
                    }
                } catch (RuntimeException e) {
                    errors++;
                    LOG.log(Level.WARNING, "reaper could not examine run " + run.id(), e);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Report(examined, redriven, failed, released, errors);
    }
}
