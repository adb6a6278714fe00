package dev.sluice.api.event;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ServiceUnavailableException;
import dev.sluice.core.event.Event;
import dev.sluice.core.event.EventDedupe;
import dev.sluice.core.event.EventParser;
import dev.sluice.core.event.EventQueue;
import dev.sluice.core.id.Ids;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Accepts events: validate, claim the dedupe key (the first event with a key within 24 h wins; a repeat gets
 * the first id and {@code duplicate}), queue the event. If queueing fails the claim is given back, so a retry
 * of the same event is not mistaken for a duplicate. Calls: 1 conditional PutItem (with a key) + 1 SendMessage.
 */
@Singleton
public class EventService {

    static final Duration DEDUPE_WINDOW = Duration.ofHours(24);

    private final EventDedupe dedupe;
    private final EventQueue queue;
    private final Clock clock;
    private final Ids ids;

    public EventService(EventDedupe dedupe, EventQueue queue, Clock clock) {
        this.dedupe = dedupe;
        this.queue = queue;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    /** The id of the accepted event, or of the earlier one with the same dedupe key. */
    public record Accepted(String eventId, boolean duplicate) {
    }

    public Accepted emit(TeamId team, Object body) {
        EventParser.Parsed parsed = EventParser.parse(body);
        Instant now = clock.instant();
        Event event = new Event(ids.next("evt"), team.value(), parsed.type(), parsed.payload(), parsed.dedupeKey(), now);
        if (event.dedupeKey() != null) {
            Optional<String> earlier = dedupe.claim(team, event.dedupeKey(), event.id(), now, now.plus(DEDUPE_WINDOW));
            if (earlier.isPresent()) {
                return new Accepted(earlier.get(), true);
            }
        }
        try {
            queue.send(event);
        } catch (RuntimeException e) {
            if (event.dedupeKey() != null) {
                dedupe.release(team, event.dedupeKey(), event.id());
            }
            throw new ServiceUnavailableException("the event could not be queued; retry", e);
        }
        return new Accepted(event.id(), false);
    }
}
