package dev.sluice.core.automation;

import dev.sluice.core.stage.StageDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored automation: a named pipeline of stages owned by one tenant. {@code version} increases by
 * one on every change; writes are conditional on it.
 *
 * @param lastRunAt  when its latest run started, or null
 * @param lastStatus that run's status, or null
 * @param triggers   schedule, events and webhook settings
 * @param state      webhook token hash and the schedule's next fire time
 */
public record Automation(String id, String teamId, String name, String slug, String type, String description,
                         List<StageDefinition> stages, int concurrency, AutomationConfig config, boolean enabled,
                         List<String> tags, long version, Instant createdAt, Instant updatedAt,
                         Instant lastRunAt, String lastStatus, AutomationTriggers triggers, TriggerState state) {

    public Automation {
        stages = List.copyOf(stages);
        tags = List.copyOf(tags);
        triggers = triggers == null ? AutomationTriggers.NONE : triggers;
        state = state == null ? TriggerState.NONE : state;
    }

    /**
     * @param webhookTokenHash the hash of the webhook token minted for it (see {@link WebhookTokens})
     */
    public static Automation create(String id, String teamId, AutomationDraft draft, String webhookTokenHash,
                                    Instant now) {
        TriggerState state = new TriggerState(webhookTokenHash, nextRun(draft.triggers(), draft.enabled(), now));
        return new Automation(id, teamId, draft.name(), draft.slug(), draft.type(), draft.description(), draft.stages(),
                draft.concurrency(), draft.config(), draft.enabled(), draft.tags(), 1, now, now, null, null,
                draft.triggers(), state);
    }

    /**
     * This automation replaced by a new draft (PUT), keeping identity, history, run bookkeeping, the webhook
     * token and (unless the body named it) the webhook secret. The next fire time is kept while the schedule
     * stays the same, and computed afresh from now when it changed or was switched on.
     */
    public Automation update(AutomationDraft draft, Instant now) {
        AutomationTriggers next = draft.webhookSecretGiven() ? draft.triggers()
                : draft.triggers().withWebhookSecret(triggers.webhookSecret());
        return new Automation(id, teamId, draft.name(), draft.slug(), draft.type(), draft.description(), draft.stages(),
                draft.concurrency(), draft.config(), draft.enabled(), draft.tags(), version + 1, createdAt, now,
                lastRunAt, lastStatus, next, state.withNextRunAt(keptOrNext(next, draft.enabled(), now)));
    }

    public Automation withSettings(boolean newEnabled, AutomationConfig newConfig, Instant now) {
        return new Automation(id, teamId, name, slug, type, description, stages, concurrency, newConfig, newEnabled,
                tags, version + 1, createdAt, now, lastRunAt, lastStatus, triggers,
                state.withNextRunAt(keptOrNext(triggers, newEnabled, now)));
    }

    /** With a new webhook token (rotation): the old one stops working with this write. */
    public Automation withWebhookTokenHash(String hash, Instant now) {
        return new Automation(id, teamId, name, slug, type, description, stages, concurrency, config, enabled,
                tags, version + 1, createdAt, now, lastRunAt, lastStatus, triggers, state.withWebhookTokenHash(hash));
    }

    /** After the scheduler started (or skipped) a slot: the schedule fires next at {@code next} (null: never). */
    public Automation withNextRunAt(Instant next, Instant now) {
        return new Automation(id, teamId, name, slug, type, description, stages, concurrency, config, enabled,
                tags, version + 1, createdAt, now, lastRunAt, lastStatus, triggers, state.withNextRunAt(next));
    }

    public AutomationDraft toDraft() {
        return new AutomationDraft(name, slug, type, description, stages, concurrency, config, enabled, tags,
                triggers, true);
    }

    private Instant keptOrNext(AutomationTriggers next, boolean nowEnabled, Instant now) {
        boolean sameSchedule = Objects.equals(next.schedule(), triggers.schedule()) && enabled == nowEnabled;
        return sameSchedule && state.nextRunAt() != null ? state.nextRunAt() : nextRun(next, nowEnabled, now);
    }

    private static Instant nextRun(AutomationTriggers triggers, boolean enabled, Instant now) {
        return enabled && triggers.scheduled() ? triggers.schedule().cron().nextAfter(now).orElse(null) : null;
    }
}
