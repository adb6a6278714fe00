package dev.sluice.api.log;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.run.RunService;
import dev.sluice.core.log.LogCompleteness;
import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.RunLogStore;
import dev.sluice.core.run.Run;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/automations/runs/{run_id}/logs}: the tail ({@code ?lines=N}) or a forward page
 * ({@code ?after=SEQ&limit=N}) of a run's log, as JSON {@code {"lines", "next_after", "complete"}} or, with
 * {@code Accept: text/plain}, one text line per log line.
 */
@Controller("/api/automations/runs")
@Secured("viewer")
public class RunLogsController {

    private final RunService runs;
    private final RunLogStore logs;
    private final Clock clock;

    public RunLogsController(RunService runs, RunLogStore logs, Clock clock) {
        this.runs = runs;
        this.logs = logs;
        this.clock = clock;
    }

    @Get(value = "/{run_id}/logs", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<String> logs(Authentication auth, @PathVariable("run_id") String runId,
                                     @Nullable @QueryValue String lines, @Nullable @QueryValue String after,
                                     @Nullable @QueryValue String limit,
                                     @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        LogQuery query = LogQuery.parse(lines, after, limit);
        Run run = runs.get(Caller.of(auth).teamId(), runId);
        LogPage page = query.tail()
                ? logs.tail(run.teamId(), run.id(), query.count())
                : logs.after(run.teamId(), run.id(), query.after(), query.count());
        long nextAfter = query.tail() ? page.nextAfter(page.lastSeq()) : page.nextAfter(query.after());
        boolean complete = LogCompleteness.complete(run, page, nextAfter, clock.instant());
        if (wantsText(accept)) {
            StringBuilder text = new StringBuilder();
            for (LogLine line : page.lines()) {
                text.append(PlainLogLines.format(line)).append('\n');
            }
            return HttpResponse.ok(text.toString()).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .header("X-Sluice-Next-After", Long.toString(nextAfter))
                    .header("X-Sluice-Complete", Boolean.toString(complete));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", page.lines().stream().map(LogLine::toWire).toList());
        body.put("next_after", nextAfter);
        body.put("complete", complete);
        return JsonBodies.ok(body);
    }

    /** Plain text only when asked for it before JSON. */
    private static boolean wantsText(String accept) {
        if (accept == null) {
            return false;
        }
        int text = accept.indexOf("text/plain");
        int json = accept.indexOf("application/json");
        return text >= 0 && (json < 0 || text < json);
    }
}
