package dev.sluice.core.automation;

import dev.sluice.core.auth.TeamId;
import java.util.List;
import java.util.Optional;

/**
 * Where automations live (port; the DynamoDB adapter is in {@code aws}). Slugs are unique per
 * tenant; every write is conditional so concurrent edits cannot overwrite each other.
 */
public interface AutomationStore {

    /** Stores a new automation; {@link dev.sluice.core.error.ConflictException} if its slug is taken. */
    void create(Automation automation);

    Optional<Automation> find(TeamId team, String id);

    /**
     * Replaces {@code previous} by {@code updated} (same id, version = previous.version + 1).
     * Conflict if the stored version is no longer {@code previous.version()} or a new slug is taken.
     */
    void update(Automation previous, Automation updated);

    /** Removes the automation and its slug; false if it was already gone. */
    boolean delete(Automation automation);

    /** Newest first; {@code cursor} is the opaque value of a previous page's {@code nextCursor}. */
    Page list(TeamId team, int limit, String cursor);

    /** The automation whose webhook token has this SHA-256 ({@link WebhookTokens#hash}); any tenant. */
    Optional<Automation> findByWebhookTokenHash(String tokenHash);

    Optional<Automation> findBySlug(TeamId team, String slug);

    /** The tenant's automations whose {@code triggers.events} has {@code eventType} (enabled or not). */
    List<Automation> listeningTo(TeamId team, String eventType);

    /** Enabled automations of every tenant whose schedule is due at {@code now}, at most {@code limit}. */
    List<Automation> due(java.time.Instant now, int limit);

    /** One page of automations and the cursor of the next (null at the end). */
    record Page(List<Automation> items, String nextCursor) {
    }
}
