package dev.sluice.core.automation;

import dev.sluice.core.stage.StageDefinition;
import java.util.List;

/** A validated automation as a client submitted it, before it gets an id and a version. */
public record AutomationDraft(String name, String slug, String type, String description,
                              List<StageDefinition> stages, int concurrency, AutomationConfig config,
                              boolean enabled, List<String> tags) {

    public AutomationDraft {
        stages = List.copyOf(stages);
        tags = List.copyOf(tags);
    }
}
