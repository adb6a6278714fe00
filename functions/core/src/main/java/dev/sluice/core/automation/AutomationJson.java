package dev.sluice.core.automation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire form of automations: the full document and the list item. */
public final class AutomationJson {

    private AutomationJson() {
    }

    public static Map<String, Object> full(Automation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("slug", a.slug());
        m.put("type", a.type());
        m.put("description", a.description());
        m.put("stages", StageCodec.encode(a.stages()));
        m.put("concurrency", a.concurrency());
        m.put("config", config(a.config()));
        m.put("enabled", a.enabled());
        m.put("tags", a.tags());
        m.put("version", a.version());
        m.put("created_at", time(a.createdAt()));
        m.put("updated_at", time(a.updatedAt()));
        m.put("last_run", time(a.lastRunAt()));
        m.put("last_status", a.lastStatus());
        triggers(a, m);
        return m;
    }

    /** {@code schedule, last_run_at, next_run_at, triggers, webhook}: the trigger fields of both forms. */
    private static void triggers(Automation a, Map<String, Object> m) {
        m.put("schedule", a.triggers().schedule() == null ? null : a.triggers().schedule().toMap());
        m.put("last_run_at", time(a.lastRunAt()));
        m.put("next_run_at", time(a.state().nextRunAt()));
        m.put("triggers", a.triggers().eventsMap());
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("enabled", a.state().webhookTokenHash() != null);
        webhook.put("signed", a.triggers().webhookSecret() != null);
        m.put("webhook", webhook);
    }

    /**
     * A list item: {@code id, name, type, schedule, last_run, last_status} plus slug, enabled, tags and the
     * other trigger fields.
     */
    public static Map<String, Object> summary(Automation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("slug", a.slug());
        m.put("type", a.type());
        m.put("enabled", a.enabled());
        m.put("tags", a.tags());
        m.put("last_run", time(a.lastRunAt()));
        m.put("last_status", a.lastStatus());
        triggers(a, m);
        return m;
    }

    public static Map<String, Object> config(AutomationConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch_size", c.batchSize());
        m.put("batch_delay_seconds", c.batchDelaySeconds());
        m.put("stage_credits", c.stageCredits());
        m.put("max_retries", c.maxRetries());
        return m;
    }

    @SuppressWarnings("unchecked")
    public static AutomationConfig parseConfig(Map<String, Object> m) {
        Map<String, Long> credits = new LinkedHashMap<>();
        ((Map<String, Object>) m.getOrDefault("stage_credits", Map.of()))
                .forEach((k, v) -> credits.put(k, ((Number) v).longValue()));
        return new AutomationConfig(integer(m.get("batch_size")), integer(m.get("batch_delay_seconds")), credits,
                integer(m.get("max_retries")));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
