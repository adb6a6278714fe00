package dev.sluice.api.run;

import dev.sluice.api.automation.AutomationService;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.engine.CostEstimate;
import dev.sluice.core.engine.CreditStore;
import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.engine.RunStarter;
import dev.sluice.core.engine.RunTrigger;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.ControlRequest;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Run use cases behind the run controllers. Every automation-scoped call first loads the automation (404 if foreign). */
@Singleton
public class RunService {

    private final AutomationService automations;
    private final RunStarter starter;
    private final RunStore runs;
    private final BeanProvider<RunEngine> engine;
    private final CreditStore credits;

    public RunService(AutomationService automations, RunStarter starter, RunStore runs, BeanProvider<RunEngine> engine,
                      CreditStore credits) {
        this.automations = automations;
        this.starter = starter;
        this.runs = runs;
        this.engine = engine;
        this.credits = credits;
    }

    /** @param adminForce an admin's {@code ?force=true}: starts past a {@code disabled} maintenance window */
    public Run start(TeamId team, String automationId, Map<String, Object> input, boolean adminForce) {
        return starter.start(automations.get(team, automationId), RunTrigger.manual(adminForce), input);
    }

    /** The tenant's run, or 404 (also for foreign and malformed ids). */
    public Run get(TeamId team, String runId) {
        if (!Ids.looksLikeId(runId, RunStarter.ID_PREFIX)) {
            throw notFound(runId);
        }
        return runs.find(team, runId).orElseThrow(() -> notFound(runId));
    }

    /** Pause, resume or cancel through the engine; a rejection is a 409, an unknown run a 404. */
    public Run control(TeamId team, String runId, ControlRequest request) {
        if (!Ids.looksLikeId(runId, RunStarter.ID_PREFIX)) {
            throw notFound(runId);
        }
        RunSignal signal = switch (request) {
            case PAUSE -> new RunSignal.PauseRequested();
            case RESUME -> new RunSignal.ResumeRequested();
            case CANCEL -> new RunSignal.CancelRequested();
        };
        return engine.get().signal(team, runId, signal);
    }

    /** The automation's active runs, newest first (empty when none). */
    public List<Run> active(TeamId team, String automationId) {
        automations.get(team, automationId);
        return newestFirst(runs.active(team, automationId));
    }

    public RunStore.RunPage history(TeamId team, String automationId, int limit, String cursor) {
        automations.get(team, automationId);
        return runs.history(team, automationId, limit, cursor);
    }

    public Estimate estimate(TeamId team, String automationId) {
        Automation automation = automations.get(team, automationId);
        CostEstimate cost = starter.estimate(automation);
        return new Estimate(cost, credits.balance(team));
    }

    /** Counters (one read) and active runs (one query) of the automation. */
    public Overview overview(TeamId team, String automationId) {
        automations.get(team, automationId);
        return new Overview(runs.counters(team, automationId), runs.active(team, automationId));
    }

    static List<Run> newestFirst(List<Run> list) {
        return list.stream().sorted(Comparator.comparing(Run::createdAt).thenComparing(Run::id).reversed()).toList();
    }

    static Optional<Run> newest(List<Run> list) {
        return newestFirst(list).stream().findFirst();
    }

    private static NotFoundException notFound(String runId) {
        return new NotFoundException("No run " + runId);
    }

    /** An automation's cost now and the tenant's balance. */
    public record Estimate(CostEstimate cost, long balance) {
    }

    /** An automation's run counters and its active runs. */
    public record Overview(RunCounters counters, List<Run> active) {
    }
}
