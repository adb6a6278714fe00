package dev.sluice.aws.automation;

import dev.sluice.core.automation.AutomationTriggers;
import dev.sluice.core.automation.TriggerState;
import dev.sluice.core.schedule.ScheduleSpec;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationJson;
import dev.sluice.core.automation.StageCodec;
import dev.sluice.core.rules.Json;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB item shapes of automations and their slug claims (see docs/data-model.md). */
final class AutomationItems {

    static final String AUTOMATION_PREFIX = "auto#";
    static final String SLUG_PREFIX = "slug#";

    private AutomationItems() {
    }

    static String partition(String team) {
        return "t#" + team;
    }

    static Map<String, AttributeValue> key(String team, String id) {
        return Map.of("pk", AttributeValue.fromS(partition(team)), "sk", AttributeValue.fromS(AUTOMATION_PREFIX + id));
    }

    static Map<String, AttributeValue> slugKey(String team, String slug) {
        return Map.of("pk", AttributeValue.fromS(partition(team)), "sk", AttributeValue.fromS(SLUG_PREFIX + slug));
    }

    static Map<String, AttributeValue> slugItem(Automation a) {
        Map<String, AttributeValue> item = new HashMap<>(slugKey(a.teamId(), a.slug()));
        item.put("entity", AttributeValue.fromS("slug"));
        item.put("automation_id", AttributeValue.fromS(a.id()));
        return item;
    }

    static Map<String, AttributeValue> toItem(Automation a) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.teamId(), a.id()));
        item.put("entity", AttributeValue.fromS("automation"));
        item.put("id", AttributeValue.fromS(a.id()));
        item.put("team_id", AttributeValue.fromS(a.teamId()));
        item.put("name", AttributeValue.fromS(a.name()));
        item.put("slug", AttributeValue.fromS(a.slug()));
        item.put("type", AttributeValue.fromS(a.type()));
        if (a.description() != null) {
            item.put("description", AttributeValue.fromS(a.description()));
        }
        item.put("stages", AttributeValue.fromS(Json.write(StageCodec.encode(a.stages()))));
        item.put("concurrency", AttributeValue.fromN(Integer.toString(a.concurrency())));
        item.put("config", AttributeValue.fromS(Json.write(AutomationJson.config(a.config()))));
        item.put("enabled", AttributeValue.fromBool(a.enabled()));
        item.put("tags", AttributeValue.fromS(Json.write(a.tags())));
        item.put("version", AttributeValue.fromN(Long.toString(a.version())));
        item.put("created_at", AttributeValue.fromS(a.createdAt().toString()));
        item.put("updated_at", AttributeValue.fromS(a.updatedAt().toString()));
        if (a.lastRunAt() != null) {
            item.put("last_run_at", AttributeValue.fromS(a.lastRunAt().toString()));
        }
        if (a.lastStatus() != null) {
            item.put("last_status", AttributeValue.fromS(a.lastStatus()));
        }
        AutomationTriggers t = a.triggers();
        if (t.schedule() != null) {
            item.put("schedule", AttributeValue.fromS(Json.write(t.schedule().toMap())));
        }
        if (!t.events().isEmpty()) {
            item.put("triggers", AttributeValue.fromS(Json.write(t.eventsMap())));
        }
        if (t.webhookSecret() != null) {
            item.put("webhook_secret", AttributeValue.fromS(t.webhookSecret()));
        }
        if (a.state().webhookTokenHash() != null) {
            item.put("webhook_token_hash", AttributeValue.fromS(a.state().webhookTokenHash()));
        }
        Instant next = a.state().nextRunAt();
        if (next != null) {
            item.put("next_run_at", AttributeValue.fromS(next.toString()));
            if (a.enabled()) {
                // Sparse index of due schedules: the scheduler reads gsi1 up to now, shard by shard.
                item.put("gsi1pk", AttributeValue.fromS(dueShard(Math.floorMod(a.id().hashCode(), DUE_SHARDS))));
                item.put("gsi1sk", AttributeValue.fromS(next + "#" + a.teamId() + "#" + a.id()));
            }
        }
        return item;
    }

    static final int DUE_SHARDS = 4;
    static final String DUE_INDEX = "gsi1";

    static String dueShard(int shard) {
        return "due#" + shard;
    }

    @SuppressWarnings("unchecked")
    static Automation fromItem(Map<String, AttributeValue> item) {
        return new Automation(s(item, "id"), s(item, "team_id"), s(item, "name"), s(item, "slug"), s(item, "type"),
                s(item, "description"), StageCodec.decode((List<?>) Json.parse(s(item, "stages"))),
                Integer.parseInt(item.get("concurrency").n()),
                AutomationJson.parseConfig((Map<String, Object>) Json.parse(s(item, "config"))),
                item.get("enabled").bool(), (List<String>) Json.parse(s(item, "tags")),
                Long.parseLong(item.get("version").n()), Instant.parse(s(item, "created_at")),
                Instant.parse(s(item, "updated_at")), instant(item, "last_run_at"), s(item, "last_status"),
                triggers(item), new TriggerState(s(item, "webhook_token_hash"), instant(item, "next_run_at")));
    }

    @SuppressWarnings("unchecked")
    private static AutomationTriggers triggers(Map<String, AttributeValue> item) {
        String schedule = s(item, "schedule");
        String triggers = s(item, "triggers");
        Map<String, Object> events = triggers == null ? Map.of() : (Map<String, Object>) Json.parse(triggers);
        return new AutomationTriggers(schedule == null ? null : ScheduleSpec.parse(Json.parse(schedule)),
                (List<String>) events.getOrDefault("events", List.of()), events.get("rule"), s(item, "webhook_secret"));
    }

    private static String s(Map<String, AttributeValue> item, String key) {
        AttributeValue value = item.get(key);
        return value == null ? null : value.s();
    }

    private static Instant instant(Map<String, AttributeValue> item, String key) {
        String value = s(item, key);
        return value == null ? null : Instant.parse(value);
    }
}
