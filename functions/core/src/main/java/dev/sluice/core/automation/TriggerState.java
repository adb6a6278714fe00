package dev.sluice.core.automation;

import java.time.Instant;

/**
 * The bookkeeping behind an automation's triggers, never written by clients: the SHA-256 of its webhook
 * token (the token itself is shown once and never stored) and when its schedule fires next.
 */
public record TriggerState(String webhookTokenHash, Instant nextRunAt) {

    public static final TriggerState NONE = new TriggerState(null, null);

    public TriggerState withNextRunAt(Instant next) {
        return new TriggerState(webhookTokenHash, next);
    }

    public TriggerState withWebhookTokenHash(String hash) {
        return new TriggerState(hash, nextRunAt);
    }
}
