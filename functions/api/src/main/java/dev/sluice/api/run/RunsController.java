package dev.sluice.api.run;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.Flags;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.http.RawBody;
import dev.sluice.core.auth.Role;
import dev.sluice.core.error.ForbiddenException;
import dev.sluice.core.error.PayloadTooLargeException;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.run.ControlRequest;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Starting runs, reading one run, and pausing, resuming or cancelling it. */
@Controller(value = "/api/automations", produces = MediaType.APPLICATION_JSON)
public class RunsController {

    /** The largest run input accepted: it is stored on the run item, which every transition rewrites. */
    static final int MAX_INPUT_BYTES = 32 * 1024;

    private final RunService service;

    public RunsController(RunService service) {
        this.service = service;
    }

    @Post(value = "/{id}/run", consumes = MediaType.ALL)
    @Secured("operator")
    public HttpResponse<String> start(Authentication auth, @PathVariable String id, HttpRequest<?> request,
                                      @Nullable @QueryValue String force) {
        Caller caller = Caller.of(auth);
        boolean forced = Flags.parse("force", force);
        if (forced && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("?force=true needs the admin role");
        }
        Run run = service.start(caller.teamId(), id, input(rawBody(request)), forced);
        return JsonBodies.respond(HttpStatus.ACCEPTED, Map.of("run_id", run.id(), "status", run.status().wireName()));
    }

    @Get("/runs/{runId}")
    @Secured("viewer")
    public HttpResponse<String> get(Authentication auth, @PathVariable String runId) {
        return JsonBodies.ok(RunJson.full(service.get(Caller.of(auth).teamId(), runId)));
    }

    @Post(value = "/runs/{runId}/pause", consumes = MediaType.ALL)
    @Secured("operator")
    public HttpResponse<String> pause(Authentication auth, @PathVariable String runId) {
        return control(auth, runId, ControlRequest.PAUSE);
    }

    @Post(value = "/runs/{runId}/resume", consumes = MediaType.ALL)
    @Secured("operator")
    public HttpResponse<String> resume(Authentication auth, @PathVariable String runId) {
        return control(auth, runId, ControlRequest.RESUME);
    }

    @Post(value = "/runs/{runId}/cancel", consumes = MediaType.ALL)
    @Secured("operator")
    public HttpResponse<String> cancel(Authentication auth, @PathVariable String runId) {
        return control(auth, runId, ControlRequest.CANCEL);
    }

    private HttpResponse<String> control(Authentication auth, String runId, ControlRequest request) {
        Run run = service.control(Caller.of(auth).teamId(), runId, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", run.id());
        body.put("status", run.status().wireName());
        body.put("requested", request.name().toLowerCase(Locale.ROOT));
        body.put("pause_requested", run.pauseRequested());
        body.put("cancel_requested", run.cancelRequested());
        return JsonBodies.ok(body);
    }

    /** The body as raw text, or null when there is none (see {@link RawBody}). */
    static String rawBody(HttpRequest<?> request) {
        return RawBody.of(request);
    }

    /** The run input: an absent or blank body is {@code {}}; anything but a JSON object is 422. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> input(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
            throw new PayloadTooLargeException("Run input exceeds " + MAX_INPUT_BYTES + " bytes");
        }
        Object parsed = JsonBodies.parse(body);
        if (!(parsed instanceof Map<?, ?>)) {
            throw new ValidationException("body", "run input must be a JSON object");
        }
        return (Map<String, Object>) parsed;
    }
}
