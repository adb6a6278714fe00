package dev.sluice.core.automation;

import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageSchema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a client's JSON body (already parsed) into a validated {@link AutomationDraft}, or throws
 * one 422 listing every problem with its path. Nothing is stored on failure.
 */
public final class AutomationParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> FIELDS = Set.of("name", "slug", "type", "description", "stages", "concurrency",
            "config", "enabled", "tags", "schedule", "triggers", "webhook_secret");
    private static final Set<String> CONFIG_FIELDS = Set.of("batch_size", "batch_delay_seconds", "stage_credits",
            "max_retries");

    private final StageParser stages;

    /**
     * @param schemas    stage type → its parameter schema
     * @param knownTypes every registered stage type, named in the error for an unknown one
     */
    public AutomationParser(Function<String, Optional<StageSchema>> schemas, Set<String> knownTypes) {
        this.stages = new StageParser(schemas, knownTypes);
    }

    public AutomationDraft parse(Object body) {
        Fields fields = new Fields();
        if (!(body instanceof Map<?, ?> raw)) {
            fields.error("body", "must be a JSON object");
            fields.throwIfAny();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) body;
        fields.rejectUnknown(m, FIELDS, "");
        String name = fields.string(m, "name", "", true, 200);
        String slug = fields.string(m, "slug", "", false, 63);
        if (slug == null && name != null) {
            slug = slugOf(name);
        }
        if (slug != null && !SLUG.matcher(slug).matches()) {
            fields.error("slug", "must be 1-63 lowercase letters, digits or '-', starting with a letter or digit");
        }
        String type = fields.string(m, "type", "", false, 64);
        String description = fields.string(m, "description", "", false, 2_000);
        List<StageDefinition> parsedStages = stages.parse(m.get("stages"), fields);
        int concurrency = fields.integer(m, "concurrency", "", 1, 100, 1);
        AutomationConfig config = config(fields.object(m, "config", ""), "config", fields, parsedStages);
        boolean enabled = fields.bool(m, "enabled", "", true);
        List<String> tags = tags(fields.list(m, "tags", "", 20), fields);
        AutomationTriggers triggers = TriggersParser.parse(m, fields);
        fields.throwIfAny();
        return new AutomationDraft(name, slug, type == null ? "pipeline" : type, description, parsedStages,
                concurrency, config, enabled, tags, triggers, m.containsKey("webhook_secret"));
    }

    /** Parses the body of PUT .../config: {@code enabled} plus the {@link AutomationConfig} fields. */
    public Settings parseSettings(Object body, Automation current) {
        Fields fields = new Fields();
        if (!(body instanceof Map<?, ?>)) {
            fields.error("body", "must be a JSON object");
            fields.throwIfAny();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) body);
        boolean enabled = fields.bool(m, "enabled", "", current.enabled());
        m.remove("enabled");
        AutomationConfig config = config(m, "", fields, current.stages());
        fields.throwIfAny();
        return new Settings(enabled, config);
    }

    /** The result of parsing a config update. */
    public record Settings(boolean enabled, AutomationConfig config) {
    }

    private static AutomationConfig config(Map<String, Object> m, String path, Fields fields, List<StageDefinition> stages) {
        if (m == null) {
            return AutomationConfig.DEFAULT;
        }
        fields.rejectUnknown(m, CONFIG_FIELDS, path);
        Integer batchSize = fields.integer(m, "batch_size", path, 1, 1_000, null);
        Integer batchDelay = fields.integer(m, "batch_delay_seconds", path, 0, 3_600, null);
        Integer maxRetries = fields.integer(m, "max_retries", path, 0, 19, null);
        Map<String, Long> credits = new LinkedHashMap<>();
        Map<String, Object> rawCredits = fields.object(m, "stage_credits", path);
        if (rawCredits != null) {
            for (var entry : rawCredits.entrySet()) {
                String at = Fields.join(Fields.join(path, "stage_credits"), entry.getKey());
                if (stages.stream().noneMatch(s -> s.name().equals(entry.getKey()))) {
                    fields.error(at, "no stage named '" + entry.getKey() + "'");
                } else if (!(entry.getValue() instanceof Number n) || n.doubleValue() < 0
                        || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() > 1_000_000) {
                    fields.error(at, "must be an integer between 0 and 1000000");
                } else {
                    credits.put(entry.getKey(), n.longValue());
                }
            }
        }
        return new AutomationConfig(batchSize, batchDelay, credits, maxRetries);
    }

    private static List<String> tags(List<?> raw, Fields fields) {
        List<String> tags = new ArrayList<>();
        if (raw == null) {
            return tags;
        }
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof String tag) || tag.isBlank() || tag.length() > 64) {
                fields.error("tags[" + i + "]", "must be a non-blank string of at most 64 characters");
            } else if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "automation" : slug;
    }
}
