package dev.sluice.api.maintenance;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.core.schedule.StoredWindow;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maintenance windows of the caller's tenant: viewers read, operators write (as for automations). */
@Controller(value = "/api/maintenance", produces = MediaType.APPLICATION_JSON)
public class MaintenanceController {

    private final MaintenanceService service;
    private final Clock clock;

    public MaintenanceController(MaintenanceService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get
    @Secured("viewer")
    public HttpResponse<String> list(Authentication auth) {
        var now = clock.instant();
        return JsonBodies.ok(Map.of("items", service.list(Caller.of(auth).teamId()).stream()
                .map(w -> MaintenanceWindowJson.of(w, now)).toList()));
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    public HttpResponse<String> create(Authentication auth, @Nullable @Body String body) {
        StoredWindow created = service.create(Caller.of(auth).teamId(), JsonBodies.parse(body));
        return JsonBodies.respond(HttpStatus.CREATED, withStatus("created", created));
    }

    @Get("/{id}")
    @Secured("viewer")
    public HttpResponse<String> get(Authentication auth, @PathVariable String id) {
        return JsonBodies.ok(MaintenanceWindowJson.of(service.get(Caller.of(auth).teamId(), id), clock.instant()));
    }

    @Delete("/{id}")
    @Secured("admin")
    public HttpResponse<String> delete(Authentication auth, @PathVariable String id) {
        service.delete(Caller.of(auth).teamId(), id);
        return JsonBodies.ok(Map.of("status", "deleted"));
    }

    @Post(value = "/{id}/activate", consumes = MediaType.ALL)
    @Secured("admin")
    public HttpResponse<String> activate(Authentication auth, @PathVariable String id) {
        return JsonBodies.ok(withStatus("activated", service.override(Caller.of(auth).teamId(), id, true)));
    }

    @Post(value = "/{id}/deactivate", consumes = MediaType.ALL)
    @Secured("admin")
    public HttpResponse<String> deactivate(Authentication auth, @PathVariable String id) {
        return JsonBodies.ok(withStatus("deactivated", service.override(Caller.of(auth).teamId(), id, false)));
    }

    /** {@code {"id", "status", ...the window}}. */
    private Map<String, Object> withStatus(String status, StoredWindow window) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", window.id());
        body.put("status", status);
        body.putAll(MaintenanceWindowJson.of(window, clock.instant()));
        return body;
    }
}
