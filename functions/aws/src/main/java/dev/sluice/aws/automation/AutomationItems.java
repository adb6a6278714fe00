package dev.sluice.aws.automation;

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
        return item;
    }

    @SuppressWarnings("unchecked")
    static Automation fromItem(Map<String, AttributeValue> item) {
        return new Automation(s(item, "id"), s(item, "team_id"), s(item, "name"), s(item, "slug"), s(item, "type"),
                s(item, "description"), StageCodec.decode((List<?>) Json.parse(s(item, "stages"))),
                Integer.parseInt(item.get("concurrency").n()),
                AutomationJson.parseConfig((Map<String, Object>) Json.parse(s(item, "config"))),
                item.get("enabled").bool(), (List<String>) Json.parse(s(item, "tags")),
                Long.parseLong(item.get("version").n()), Instant.parse(s(item, "created_at")),
                Instant.parse(s(item, "updated_at")), instant(item, "last_run_at"), s(item, "last_status"));
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
