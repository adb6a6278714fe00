package dev.sluice.aws.automation;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.automation.Automation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Finding automations by what triggers them: webhook token hash (one GetItem of the claim + one of the
 * automation), slug (the slug claim), event type (a Query of the subscriptions + one BatchGetItem), and
 * due schedules across tenants (the sparse {@code gsi1}, one Query per shard).
 */
final class AutomationLookups {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;

    AutomationLookups(DynamoDbClient dynamo, ResourceNames names) {
        this.dynamo = dynamo;
        this.names = names;
    }

    Optional<Automation> byWebhookTokenHash(String hash) {
        // Consistent, so a token works the moment create or rotate answered (and a rotated one stops at once).
        var claim = dynamo.getItem(g -> g.tableName(names.table()).key(TriggerItems.tokenKey(hash))
                .consistentRead(true)).item();
        if (claim == null || claim.isEmpty()) {
            return Optional.empty();
        }
        return find(claim.get("team_id").s(), claim.get("automation_id").s())
                .filter(a -> hash.equals(a.state().webhookTokenHash()));
    }

    Optional<Automation> bySlug(String team, String slug) {
        var claim = dynamo.getItem(g -> g.tableName(names.table()).key(AutomationItems.slugKey(team, slug))
                .consistentRead(true)).item();
        if (claim == null || claim.isEmpty()) {
            return Optional.empty();
        }
        return find(team, claim.get("automation_id").s());
    }

    List<Automation> listeningTo(String team, String eventType) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            var page = dynamo.query(q -> q.tableName(names.table())
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(AutomationItems.partition(team)),
                            ":prefix", AttributeValue.fromS(TriggerItems.eventPrefix(eventType))))
                    .exclusiveStartKey(exclusiveStart));
            page.items().forEach(item -> ids.add(item.get("automation_id").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return batchGet(team, ids).stream().filter(a -> a.triggers().listensTo(eventType)).toList();
    }

    /** Enabled automations whose schedule's next fire time is at or before {@code now}, up to {@code limit}. */
    List<Automation> due(Instant now, int limit) {
        List<Automation> due = new ArrayList<>();
        for (int shard = 0; shard < AutomationItems.DUE_SHARDS && due.size() < limit; shard++) {
            String pk = AutomationItems.dueShard(shard);
            int room = limit - due.size();
            var page = dynamo.query(q -> q.tableName(names.table()).indexName(AutomationItems.DUE_INDEX)
                    .keyConditionExpression("gsi1pk = :pk AND gsi1sk <= :now")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk),
                            ":now", AttributeValue.fromS(now + "#~")))
                    .limit(room));
            page.items().forEach(item -> due.add(AutomationItems.fromItem(item)));
        }
        return due;
    }

    private Optional<Automation> find(String team, String id) {
        var item = dynamo.getItem(g -> g.tableName(names.table()).key(AutomationItems.key(team, id))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(AutomationItems.fromItem(item));
    }

    private List<Automation> batchGet(String team, List<String> ids) {
        Map<String, Automation> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
                    .map(id -> AutomationItems.key(team, id)).toList();
            Map<String, KeysAndAttributes> request = Map.of(names.table(),
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> current = request;
                var response = dynamo.batchGetItem(b -> b.requestItems(current));
                response.responses().getOrDefault(names.table(), List.of())
                        .forEach(item -> found.put(item.get("id").s(), AutomationItems.fromItem(item)));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }
}
