package dev.sluice.core.engine;

import dev.sluice.core.schedule.AutonomyOverride;
import dev.sluice.core.schedule.MaintenanceGate;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Instant;
import java.util.Optional;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.PaymentRequiredException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.Decision;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.Runs;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Starts runs for every trigger (API, schedule, webhook, event): checks, one atomic write, one message.
 * <ol>
 *   <li>a disabled automation is refused ({@link ConflictException}, 409);</li>
 *   <li>the plan is resolved ({@link PlanResolver}) and estimated ({@link CostEstimate}); a balance below
 *       {@code required} is refused ({@link PaymentRequiredException}, 402). A free plan skips the balance read;</li>
 *   <li>{@link RunStore#start} writes the run with its plan and takes a concurrency slot
 *       ({@link ConflictException} when every slot is held);</li>
 *   <li>the start decision's {@link Effect.ScheduleStage} is sent to the {@link StageQueue}. If that send is
 *       lost, the reaper re-drives the queued run.</li>
 * </ol>
 * AWS calls of a start: 1 read (balance, unless free) + 1 transaction + 1 SQS send.
 */
public final class RunStarter {

    public static final String ID_PREFIX = "run";

    private final RunStore runs;
    private final CreditStore credits;
    private final StageQueue queue;
    private final PlanResolver planResolver;
    private final Clock clock;
    private final Ids ids;
    private final MaintenanceGate gate;

    public RunStarter(RunStore runs, CreditStore credits, StageQueue queue, StageCatalog catalog, Clock clock) {
        this(runs, credits, queue, catalog, clock, MaintenanceGate.OPEN);
    }

    public RunStarter(RunStore runs, CreditStore credits, StageQueue queue, StageCatalog catalog, Clock clock,
                      MaintenanceGate gate) {
        this.runs = runs;
        this.credits = credits;
        this.queue = queue;
        this.planResolver = new PlanResolver(catalog);
        this.clock = clock;
        this.ids = new Ids(clock);
        this.gate = gate;
    }

    /**
     * Starts a run of {@code automation} (already loaded for its tenant).
     *
     * @param trigger what asks for the run; its start key, if any, is claimed with the run
     * @param input   the run's input object (may be empty)
     * @return the new run, {@code queued}
     * @throws SuppressedStartException when a maintenance window holds the trigger back (a skipped run is
     *                                  recorded in the history)
     * @throws DuplicateStartException  when the trigger's start key already started a run
     */
    public Run start(Automation automation, RunTrigger trigger, Map<String, Object> input) {
        if (!automation.enabled()) {
            throw new ConflictException("Automation " + automation.id() + " is disabled; enable it to start runs");
        }
        TeamId team = new TeamId(automation.teamId());
        Instant now = clock.instant();
        List<StageDefinition> plan = planResolver.resolve(automation);
        Map<String, Object> in = input == null ? Map.of() : input;
        Optional<StoredWindow> window = gate.blocking(team, automation.id(), trigger.kind(), trigger.adminForce(), now);
        if (window.isPresent()) {
            throw suppressed(automation, trigger, in, plan, window.get(), now);
        }
        CostEstimate cost = CostEstimate.of(plan);
        if (cost.required() > 0) {
            long balance = credits.balance(team);
            if (!cost.coveredBy(balance)) {
                throw new PaymentRequiredException("Insufficient credits: balance " + balance + ", required "
                        + cost.required() + " (estimate " + cost.estimated() + " × 1.2, rounded up)");
            }
        }
        Decision decision = Runs.create(ids.next(ID_PREFIX), automation.teamId(), automation.id(),
                automation.version(), trigger.wireName(), in, plan, cost.estimated(), now);
        Run run = decision.next();
        runs.start(run, plan, automation.concurrency(), trigger.startKey(),
                trigger.startKey() == null ? null : now.plus(trigger.startKeyTtl()));
        for (Effect effect : decision.effects()) {
            if (effect instanceof Effect.ScheduleStage schedule) {
                queue.send(new StageMessage(run.teamId(), run.id(), schedule.stageIndex(), schedule.attempt()),
                        schedule.delay());
            }
        }
        return run;
    }

    private SuppressedStartException suppressed(Automation automation, RunTrigger trigger, Map<String, Object> input,
                                                List<StageDefinition> plan, StoredWindow window, Instant now) {
        MaintenanceWindow w = window.window();
        String how = w.autonomyOverride() == AutonomyOverride.DISABLED && trigger.kind() == TriggerKind.MANUAL
                ? "; an admin can start it anyway with ?force=true" : "";
        String detail = "Maintenance window '" + w.name() + "' (" + w.autonomyOverride().wireName()
                + ") holds back " + trigger.wireName() + " runs of automation " + automation.id() + how;
        Run skipped = recordSkipped(automation, trigger, input, plan, "skipped: maintenance window '" + w.name()
                + "' (" + w.autonomyOverride().wireName() + ")", now);
        return new SuppressedStartException(detail, window.id(), skipped.id());
    }

    /**
     * Records in the automation's history that a trigger did not start a run, and why (a {@code skipped} run:
     * never queued, no slot, no credits). One transaction.
     */
    public Run recordSkipped(Automation automation, RunTrigger trigger, Map<String, Object> input, String reason) {
        return recordSkipped(automation, trigger, input == null ? Map.of() : input, planResolver.resolve(automation),
                reason, clock.instant());
    }

    private Run recordSkipped(Automation automation, RunTrigger trigger, Map<String, Object> input,
                              List<StageDefinition> plan, String reason, Instant now) {
        Run skipped = Runs.skipped(ids.next(ID_PREFIX), automation.teamId(), automation.id(), automation.version(),
                trigger.wireName(), input, plan, reason, now);
        runs.recordSkipped(skipped);
        return skipped;
    }

    /** The cost of starting {@code automation} now, without starting it. */
    public CostEstimate estimate(Automation automation) {
        return CostEstimate.of(planResolver.resolve(automation));
    }
}
