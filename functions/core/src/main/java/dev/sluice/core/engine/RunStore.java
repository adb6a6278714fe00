package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.stage.StageDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Where runs live (port; the DynamoDB adapter is in {@code aws}). Every write is conditional: a run is
 * created once, and moved only from the version it was read at, so a duplicate or stale delivery can
 * never apply a transition twice.
 */
public interface RunStore {

    /**
     * Atomically stores a new run (version 1) with its plan and takes one of the automation's
     * {@code concurrency} slots. Throws {@link dev.sluice.core.error.ConflictException} when every slot
     * is held by an active run.
     */
    default void start(Run run, List<StageDefinition> plan, int concurrency) {
        start(run, plan, concurrency, null, null);
    }

    /**
     * As {@link #start(Run, List, int)}, and when {@code startKey} is given, claims it in the same atomic write
     * (until {@code startKeyExpiresAt}): a key claimed before throws {@link DuplicateStartException} naming the
     * run it started, and nothing is written.
     */
    void start(Run run, List<StageDefinition> plan, int concurrency, String startKey, java.time.Instant startKeyExpiresAt);

    /** Records a {@link dev.sluice.core.run.RunStatus#SKIPPED skipped} run in the automation's history; no slot. */
    void recordSkipped(Run run);

    Optional<Run> find(TeamId team, String runId);

    /** The run and the plan it executes, in one read. */
    Optional<LoadedRun> load(TeamId team, String runId);

    /**
     * Writes {@code next} if the stored run is still at {@code previous.version()}, and in the same
     * atomic write carries out the decision's {@link Effect.ChargeCredits} (balance and ledger) and
     * {@link Effect.ReleaseLock} (frees the slot, counts the terminal status). Other effects are
     * ignored here. Returns false when the version moved on (another delivery won the race).
     */
    boolean apply(Run previous, Run next, List<Effect> effects);

    /** An automation's runs, newest first. */
    RunPage history(TeamId team, String automationId, int limit, String cursor);

    /** An automation's runs that are not terminal (at most its concurrency, plus runs being released). */
    List<Run> active(TeamId team, String automationId);

    /** The automation's slot holder ids and counters of started and finished runs. */
    RunCounters counters(TeamId team, String automationId);

    /** Every tenant's non-terminal runs, for the reaper; {@code cursor} from the previous page. */
    RunPage activeAcrossTenants(int limit, String cursor);

    /** A run with its plan (the stage definitions, with config applied, fixed when the run started). */
    record LoadedRun(Run run, List<StageDefinition> plan) {
    }

    /** One page of runs and the cursor of the next (null at the end). */
    record RunPage(List<Run> items, String nextCursor) {
    }
}
