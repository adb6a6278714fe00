package dev.sluice.api.run;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.http.Paging;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunJson;
import dev.sluice.core.run.RunStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only views of an automation's runs: current run, history, processing, estimate, overview. */
@Controller(value = "/api/automations", produces = MediaType.APPLICATION_JSON)
@Secured("viewer")
public class RunViewsController {

    private final RunService service;
    private final Clock clock;

    public RunViewsController(RunService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get("/{id}/current_run")
    public HttpResponse<String> currentRun(Authentication auth, @PathVariable String id) {
        List<Run> active = service.active(team(auth), id);
        if (active.isEmpty()) {
            throw new NotFoundException("no active run");
        }
        Map<String, Object> body = RunJson.full(active.get(0));
        if (active.size() > 1) {
            body.put("active_count", active.size());
        }
        return JsonBodies.ok(body);
    }

    @Get("/{id}/history")
    public HttpResponse<String> history(Authentication auth, @PathVariable String id,
                                        @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        var page = service.history(team(auth), id, Paging.limit(limit), cursor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(RunJson::summary).toList());
        body.put("next_cursor", page.nextCursor());
        return JsonBodies.ok(body);
    }

    @Get("/{id}/current_processing")
    public HttpResponse<String> currentProcessing(Authentication auth, @PathVariable String id) {
        List<Run> active = service.active(team(auth), id);
        if (active.isEmpty()) {
            return JsonBodies.ok(Map.of("active", false));
        }
        Map<String, Object> body = RunJson.processing(active.get(0), clock.instant());
        body.put("active_count", active.size());
        return JsonBodies.ok(body);
    }

    @Get("/{id}/estimate")
    public HttpResponse<String> estimate(Authentication auth, @PathVariable String id) {
        RunService.Estimate estimate = service.estimate(team(auth), id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("estimated_credits", estimate.cost().estimated());
        body.put("required", estimate.cost().required());
        body.put("balance", estimate.balance());
        body.put("sufficient", estimate.cost().coveredBy(estimate.balance()));
        return JsonBodies.ok(body);
    }

    @Get("/{id}/pipeline_overview")
    public HttpResponse<String> pipelineOverview(Authentication auth, @PathVariable String id) {
        RunService.Overview overview = service.overview(team(auth), id);
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (RunStatus status : RunStatus.values()) {
            byStatus.put(status.wireName(), status.isTerminal()
                    ? overview.counters().finished().getOrDefault(status.wireName(), 0L) : 0L);
        }
        Map<String, Object> byStage = new LinkedHashMap<>();
        for (Run run : overview.active()) {
            if (run.isTerminal()) {
                continue;
            }
            byStatus.merge(run.status().wireName(), 1L, (a, b) -> (Long) a + (Long) b);
            String stage = RunJson.currentStageName(run);
            if (stage != null) {
                byStage.merge(stage, 1L, (a, b) -> (Long) a + (Long) b);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runs_by_status", byStatus);
        body.put("active_by_stage", byStage);
        body.put("started", overview.counters().started());
        return JsonBodies.ok(body);
    }

    private static TeamId team(Authentication auth) {
        return Caller.of(auth).teamId();
    }
}
