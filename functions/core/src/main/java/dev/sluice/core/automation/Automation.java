package dev.sluice.core.automation;

import dev.sluice.core.stage.StageDefinition;
import java.time.Instant;
import java.util.List;

/**
 * A stored automation: a named pipeline of stages owned by one tenant. {@code version} increases by
 * one on every change; writes are conditional on it.
 *
 * @param lastRunAt  when its latest run started, or null
 * @param lastStatus that run's status, or null
 */
public record Automation(String id, String teamId, String name, String slug, String type, String description,
                         List<StageDefinition> stages, int concurrency, AutomationConfig config, boolean enabled,
                         List<String> tags, long version, Instant createdAt, Instant updatedAt,
                         Instant lastRunAt, String lastStatus) {

    public Automation {
        stages = List.copyOf(stages);
        tags = List.copyOf(tags);
    }

    public static Automation create(String id, String teamId, AutomationDraft draft, Instant now) {
        return new Automation(id, teamId, draft.name(), draft.slug(), draft.type(), draft.description(), draft.stages(),
                draft.concurrency(), draft.config(), draft.enabled(), draft.tags(), 1, now, now, null, null);
    }

    /** This automation replaced by a new draft (PUT), keeping identity, history and run bookkeeping. */
    public Automation update(AutomationDraft draft, Instant now) {
        return new Automation(id, teamId, draft.name(), draft.slug(), draft.type(), draft.description(), draft.stages(),
                draft.concurrency(), draft.config(), draft.enabled(), draft.tags(), version + 1, createdAt, now,
                lastRunAt, lastStatus);
    }

    public Automation withSettings(boolean newEnabled, AutomationConfig newConfig, Instant now) {
        return new Automation(id, teamId, name, slug, type, description, stages, concurrency, newConfig, newEnabled,
                tags, version + 1, createdAt, now, lastRunAt, lastStatus);
    }

    public AutomationDraft toDraft() {
        return new AutomationDraft(name, slug, type, description, stages, concurrency, config, enabled, tags);
    }
}
