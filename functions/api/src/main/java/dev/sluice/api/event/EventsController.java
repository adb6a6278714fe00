package dev.sluice.api.event;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/events}: emit an event for the tenant's event-triggered automations. */
@Controller(value = "/api/events", produces = MediaType.APPLICATION_JSON)
@Secured("operator")
public class EventsController {

    private final EventService events;

    public EventsController(EventService events) {
        this.events = events;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<String> emit(Authentication auth, @Nullable @Body String body) {
        EventService.Accepted accepted = events.emit(Caller.of(auth).teamId(), JsonBodies.parse(body));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("event_id", accepted.eventId());
        response.put("duplicate", accepted.duplicate());
        return JsonBodies.respond(HttpStatus.ACCEPTED, response);
    }
}
