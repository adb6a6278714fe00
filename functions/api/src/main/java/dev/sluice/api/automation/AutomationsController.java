package dev.sluice.api.automation;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.Flags;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.http.Paging;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationJson;
import dev.sluice.core.error.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;

/** Automations of the caller's tenant: viewers read, operators write. */
@Controller(value = "/api/automations", produces = MediaType.APPLICATION_JSON)
public class AutomationsController {

    private final AutomationService service;

    public AutomationsController(AutomationService service) {
        this.service = service;
    }

    @Get
    @Secured("viewer")
    public HttpResponse<String> list(Authentication auth, @Nullable @QueryValue String limit,
                                     @Nullable @QueryValue String cursor) {
        var page = service.list(Caller.of(auth).teamId(), Paging.limit(limit), cursor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(AutomationJson::summary).toList());
        body.put("next_cursor", page.nextCursor());
        return JsonBodies.ok(body);
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Secured("operator")
    public HttpResponse<String> create(Authentication auth, @Nullable @Body String body) {
        AutomationService.Created created = service.create(Caller.of(auth).teamId(), JsonBodies.parse(body));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("id", created.automation().id());
        response.put("status", "created");
        response.putAll(webhook(created.webhookToken()));
        return JsonBodies.respond(HttpStatus.CREATED, response);
    }

    @Post("/{id}/webhook/rotate")
    @Secured("operator")
    public HttpResponse<String> rotateWebhook(Authentication auth, @PathVariable String id) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("id", id);
        response.put("status", "rotated");
        response.putAll(webhook(service.rotateWebhook(Caller.of(auth).teamId(), id)));
        return JsonBodies.ok(response);
    }

    /** The token, shown once, and the path that starts a run with it. */
    private static Map<String, Object> webhook(String token) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("webhook_token", token);
        m.put("webhook_path", "/api/automations/webhook/" + token);
        return m;
    }

    @Get("/{id}")
    @Secured("viewer")
    public HttpResponse<String> get(Authentication auth, @PathVariable String id) {
        return JsonBodies.ok(AutomationJson.full(service.getWithLastRun(Caller.of(auth).teamId(), id)));
    }

    @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured("operator")
    public HttpResponse<String> update(Authentication auth, @PathVariable String id, @Nullable @Body String body) {
        Automation updated = service.update(Caller.of(auth).teamId(), id, JsonBodies.parse(body));
        return JsonBodies.ok(Map.of("status", "updated", "version", updated.version()));
    }

    @Delete("/{id}")
    @Secured("operator")
    public HttpResponse<String> delete(Authentication auth, @PathVariable String id,
                                       @Nullable @QueryValue String force) {
        service.delete(Caller.of(auth).teamId(), id, Flags.parse("force", force));
        return JsonBodies.ok(Map.of("status", "deleted"));
    }

    @Get("/{id}/config")
    @Secured("viewer")
    public HttpResponse<String> config(Authentication auth, @PathVariable String id) {
        return JsonBodies.ok(settings(service.get(Caller.of(auth).teamId(), id)));
    }

    @Put(value = "/{id}/config", consumes = MediaType.APPLICATION_JSON)
    @Secured("operator")
    public HttpResponse<String> updateConfig(Authentication auth, @PathVariable String id, @Nullable @Body String body) {
        Automation updated = service.updateSettings(Caller.of(auth).teamId(), id, JsonBodies.parse(body));
        Map<String, Object> response = settings(updated);
        response.put("status", "updated");
        return JsonBodies.ok(response);
    }

    private static Map<String, Object> settings(Automation automation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", automation.enabled());
        body.putAll(AutomationJson.config(automation.config()));
        return body;
    }
}
