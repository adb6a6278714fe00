package dev.sluice.aws.event;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.event.EventDedupe;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Event dedupe keys as items {@code (t#{team}, evdedupe#{key})} holding the first event's id: one conditional
 * PutItem per event with a key (the loser gets the holder back in the same call, {@code ALL_OLD}); an expired
 * claim ({@code expires_at} passed, before TTL removed it) can be taken again.
 */
@Singleton
public class DynamoEventDedupe implements EventDedupe {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;

    public DynamoEventDedupe(DynamoDbClient dynamo, ResourceNames names) {
        this.dynamo = dynamo;
        this.names = names;
    }

    @Override
    public Optional<String> claim(TeamId team, String key, String eventId, Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(team, key));
        item.put("entity", AttributeValue.fromS("event_dedupe"));
        item.put("event_id", AttributeValue.fromS(eventId));
        item.put("expires_at", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        try {
            dynamo.putItem(p -> p.tableName(names.table()).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR expires_at < :now")
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException held) {
            Map<String, AttributeValue> old = held.hasItem() ? held.item() : Map.of();
            AttributeValue first = old.get("event_id");
            return Optional.of(first != null ? first.s() : "unknown");
        }
    }

    @Override
    public void release(TeamId team, String key, String eventId) {
        try {
            dynamo.deleteItem(d -> d.tableName(names.table()).key(key(team, key))
                    .conditionExpression("event_id = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(eventId))));
        } catch (ConditionalCheckFailedException notOurs) {
            // another event holds it now
        }
    }

    private static Map<String, AttributeValue> key(TeamId team, String key) {
        return Map.of("pk", AttributeValue.fromS("t#" + team.value()), "sk", AttributeValue.fromS("evdedupe#" + key));
    }
}
