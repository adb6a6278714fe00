package dev.sluice.core.event;

import dev.sluice.core.auth.TeamId;
import java.time.Instant;
import java.util.Optional;

/**
 * Dedupe keys of a tenant's events (port). A key is accepted once while it lives (24 h): the first claim
 * wins atomically, later ones learn the first event's id.
 */
public interface EventDedupe {

    /** Claims {@code key} for {@code eventId}; empty if this call won, else the id of the event that holds it. */
    Optional<String> claim(TeamId team, String key, String eventId, Instant now, Instant expiresAt);

    /** Gives a claim back (the event could not be queued), if it is still {@code eventId}'s. */
    void release(TeamId team, String key, String eventId);
}
