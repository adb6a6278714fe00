package dev.sluice.aws.run;

import dev.sluice.core.run.Run;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A start key claim {@code (t#{team}, start#{automation id}#{key})}: written in the run's start transaction
 * unless a live claim exists, so a schedule slot, a webhook idempotency key or an event starts one run. An
 * expired claim (DynamoDB TTL deletes it within days, so the condition also compares {@code expires_at})
 * can be claimed again.
 */
final class StartKeyItems {

    private StartKeyItems() {
    }

    static TransactWriteItem claim(String table, Run run, String key, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(RunItems.partition(run.teamId())));
        item.put("sk", AttributeValue.fromS("start#" + run.automationId() + "#" + key));
        item.put("entity", AttributeValue.fromS("start_key"));
        item.put("run_id", AttributeValue.fromS(run.id()));
        item.put("expires_at", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk) OR expires_at < :now")
                .expressionAttributeValues(Map.of(":now",
                        AttributeValue.fromN(Long.toString(run.createdAt().getEpochSecond()))))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    static String runIdOf(CancellationReason reason) {
        return reason != null && reason.hasItem() && reason.item().get("run_id") != null
                ? reason.item().get("run_id").s() : null;
    }
}
