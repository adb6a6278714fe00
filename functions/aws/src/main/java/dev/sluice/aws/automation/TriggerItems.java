package dev.sluice.aws.automation;

import dev.sluice.core.automation.Automation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The lookup items an automation's triggers need, written in the same transaction as the automation:
 * its webhook token claim {@code (whk#{sha256 of token}, whk)} (the only item not under the tenant: a webhook
 * URL names no tenant) and one event subscription {@code (t#{team}, evt#{type}#{automation id})} per event
 * type it listens to. {@link #changes} turns an old and a new automation into the puts and deletes between.
 */
final class TriggerItems {

    static final String TOKEN_PREFIX = "whk#";
    static final String EVENT_PREFIX = "evt#";

    private TriggerItems() {
    }

    static Map<String, AttributeValue> tokenKey(String hash) {
        return Map.of("pk", AttributeValue.fromS(TOKEN_PREFIX + hash), "sk", AttributeValue.fromS("whk"));
    }

    static String eventPrefix(String type) {
        return EVENT_PREFIX + type + "#";
    }

    static Map<String, AttributeValue> eventKey(String team, String type, String automationId) {
        return Map.of("pk", AttributeValue.fromS(AutomationItems.partition(team)),
                "sk", AttributeValue.fromS(eventPrefix(type) + automationId));
    }

    /** Puts and deletes that take the lookup items from {@code before} (null: new) to {@code after} (null: gone). */
    static List<TransactWriteItem> changes(String table, Automation before, Automation after) {
        List<TransactWriteItem> writes = new ArrayList<>();
        String oldHash = before == null ? null : before.state().webhookTokenHash();
        String newHash = after == null ? null : after.state().webhookTokenHash();
        if (oldHash != null && !oldHash.equals(newHash)) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table).key(tokenKey(oldHash))).build());
        }
        if (newHash != null && !newHash.equals(oldHash)) {
            Map<String, AttributeValue> item = new HashMap<>(tokenKey(newHash));
            item.put("entity", AttributeValue.fromS("webhook_token"));
            item.put("team_id", AttributeValue.fromS(after.teamId()));
            item.put("automation_id", AttributeValue.fromS(after.id()));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        Set<String> oldTypes = before == null ? Set.of() : new LinkedHashSet<>(before.triggers().events());
        Set<String> newTypes = after == null ? Set.of() : new LinkedHashSet<>(after.triggers().events());
        for (String type : oldTypes) {
            if (!newTypes.contains(type)) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(eventKey(before.teamId(), type, before.id()))).build());
            }
        }
        for (String type : newTypes) {
            if (!oldTypes.contains(type)) {
                Map<String, AttributeValue> item = new HashMap<>(eventKey(after.teamId(), type, after.id()));
                item.put("entity", AttributeValue.fromS("event_subscription"));
                item.put("automation_id", AttributeValue.fromS(after.id()));
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build());
            }
        }
        return writes;
    }
}
