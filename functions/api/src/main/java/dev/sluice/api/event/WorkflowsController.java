package dev.sluice.api.event;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.engine.RunStarter;
import dev.sluice.core.engine.RunTrigger;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.error.PayloadTooLargeException;
import dev.sluice.core.event.EventParser;
import dev.sluice.core.rules.Json;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.run.Run;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/workflows/{slug}/run} {@code {"payload": {...}}}: start an automation by its slug, as a
 * manual run with the payload as input (no event rules involved) → 202 {@code {"execution_id", "status"}}.
 */
@Controller(value = "/api/workflows", produces = MediaType.APPLICATION_JSON)
@Secured("operator")
public class WorkflowsController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final AutomationStore automations;
    private final RunStarter starter;

    public WorkflowsController(AutomationStore automations, RunStarter starter) {
        this.automations = automations;
        this.starter = starter;
    }

    @Post(value = "/{slug}/run", consumes = MediaType.ALL)
    @SuppressWarnings("unchecked")
    public HttpResponse<String> run(Authentication auth, @PathVariable String slug, @Nullable @Body String body) {
        Caller caller = Caller.of(auth);
        Map<String, Object> payload = Map.of();
        if (body != null && !body.isBlank()) {
            if (!(JsonBodies.parse(body) instanceof Map<?, ?> m)) {
                throw new ValidationException("body", "must be a JSON object {\"payload\": {...}}");
            }
            m.keySet().stream().filter(k -> !Set.of("payload").contains(k)).findFirst()
                    .ifPresent(k -> {
                        throw new ValidationException(String.valueOf(k), "unknown field");
                    });
            Object raw = m.get("payload");
            if (raw != null && !(raw instanceof Map<?, ?>)) {
                throw new ValidationException("payload", "must be a JSON object");
            }
            payload = raw == null ? Map.of() : (Map<String, Object>) raw;
        }
        if (Json.write(payload).getBytes(StandardCharsets.UTF_8).length > EventParser.MAX_PAYLOAD_BYTES) {
            throw new PayloadTooLargeException("payload is larger than " + EventParser.MAX_PAYLOAD_BYTES + " bytes");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new NotFoundException("No workflow with slug " + slug);
        }
        Automation automation = automations.findBySlug(caller.teamId(), slug)
                .orElseThrow(() -> new NotFoundException("No workflow with slug " + slug));
        Run run = starter.start(automation, RunTrigger.manual(false), payload);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("execution_id", run.id());
        response.put("run_id", run.id());
        response.put("status", run.status().wireName());
        return JsonBodies.respond(HttpStatus.ACCEPTED, response);
    }
}
