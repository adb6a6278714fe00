package dev.sluice.core.automation;

import dev.sluice.core.stage.StageDefinition;
import java.util.List;

/**
 * A validated automation as a client submitted it, before it gets an id and a version.
 *
 * @param webhookSecretGiven the body named {@code webhook_secret} (a string sets it, null clears it); when
 *                           absent an update keeps the stored secret, since clients cannot read it back
 */
public record AutomationDraft(String name, String slug, String type, String description,
                              List<StageDefinition> stages, int concurrency, AutomationConfig config,
                              boolean enabled, List<String> tags, AutomationTriggers triggers,
                              boolean webhookSecretGiven) {

    public AutomationDraft {
        stages = List.copyOf(stages);
        tags = List.copyOf(tags);
        triggers = triggers == null ? AutomationTriggers.NONE : triggers;
    }
}
