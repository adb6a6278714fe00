package dev.sluice.api.stream;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.auth.StreamTicket;
import dev.sluice.api.auth.TokenIssuer;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.http.RawBody;
import dev.sluice.api.run.RunService;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.run.Run;
import dev.sluice.core.stream.LastEventId;
import dev.sluice.core.stream.TicketLifetime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's live log over server-sent events, as buffered long polls (see {@link RunLogStreamer}), and the
 * stream tickets that let a browser EventSource authenticate without putting its JWT in a URL.
 */
@Controller("/api/automations/runs")
public class RunStreamController {

    private final RunService runs;
    private final RunLogStreamer streamer;
    private final TokenIssuer issuer;

    public RunStreamController(RunService runs, RunLogStreamer streamer, TokenIssuer issuer) {
        this.runs = runs;
        this.streamer = streamer;
        this.issuer = issuer;
    }

    /** Any token of the run's tenant (viewer and up), or a ticket for this run; 404 for any other run. */
    @Get(value = "/{runId}/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<String> stream(Authentication auth, @PathVariable String runId,
                                       @Nullable @Header(LastEventId.HEADER) String lastEventIdHeader,
                                       @Nullable @QueryValue(LastEventId.QUERY) String lastEventIdQuery) {
        TeamId team = StreamTicket.streamingTeam(auth, runId);
        Run run = runs.get(team, runId);
        long after = LastEventId.resolve(lastEventIdHeader, lastEventIdQuery);
        return HttpResponse.ok(streamer.respond(team, run, after))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    /** Body optional: {@code {"expires_in": 10..300}}. Tickets themselves cannot mint tickets (403). */
    @Post(value = "/{runId}/stream-ticket", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @Secured("viewer")
    public HttpResponse<String> ticket(Authentication auth, @PathVariable String runId, HttpRequest<?> request) {
        TeamId team = Caller.of(auth).teamId();
        Run run = runs.get(team, runId);
        long seconds = lifetime(RawBody.of(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", issuer.issueStreamTicket(team, run.id(), seconds));
        body.put("expires_in", seconds);
        return JsonBodies.ok(body);
    }

    /** An absent or blank body means the longest lifetime; else a JSON object with only {@code expires_in}. */
    static long lifetime(String body) {
        if (body == null || body.isBlank()) {
            return TicketLifetime.MAX_SECONDS;
        }
        if (!(JsonBodies.parse(body) instanceof Map<?, ?> fields)) {
            throw new ValidationException("body", "must be a JSON object");
        }
        for (Object field : fields.keySet()) {
            if (!TicketLifetime.FIELD.equals(field)) {
                throw new ValidationException(String.valueOf(field), "unknown field");
            }
        }
        return TicketLifetime.of(fields.get(TicketLifetime.FIELD));
    }
}
