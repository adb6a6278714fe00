package dev.sluice.aws.run;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.engine.RunStore.RunPage;
import dev.sluice.core.run.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The run store's reads of many runs: an automation's history (index query, then one BatchGetItem),
 * its active runs and counters (the slot item), and every tenant's active runs (the sparse {@code gsi2}
 * index, four shards read in turn).
 */
final class RunListings {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;

    RunListings(DynamoDbClient dynamo, ResourceNames names) {
        this.dynamo = dynamo;
        this.names = names;
    }

    RunPage history(TeamId team, String automationId, int limit, String cursor) {
        requireLimit(limit);
        String pk = RunItems.partition(team.value());
        String prefix = RunItems.historyPrefix(automationId);
        var request = QueryRequest.builder().tableName(names.table()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(prefix)))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            request.exclusiveStartKey(RunCursors.decodeSk(team.value(), prefix, cursor));
        }
        QueryResponse response = dynamo.query(request.build());
        List<Map<String, AttributeValue>> keys = response.items().stream()
                .map(item -> RunItems.key(team.value(), item.get("run_id").s())).toList();
        String next = hasMore(response) ? RunCursors.encodeSk(response.lastEvaluatedKey()) : null;
        return new RunPage(runs(keys), next);
    }

    List<Run> active(TeamId team, String automationId) {
        var slots = slots(team, automationId);
        List<Map<String, AttributeValue>> keys = SlotItems.activeIds(slots).stream().sorted()
                .map(id -> RunItems.key(team.value(), id)).toList();
        return runs(keys).stream().filter(run -> !run.isTerminal()).toList();
    }

    RunCounters counters(TeamId team, String automationId) {
        return SlotItems.counters(slots(team, automationId));
    }

    RunPage activeAcrossTenants(int limit, String cursor) {
        requireLimit(limit);
        RunCursors.ShardPosition position = RunCursors.decodeShard(cursor);
        int shard = position.shard();
        Map<String, AttributeValue> start = position.startKey();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        String next = null;
        while (shard < RunItems.ACTIVE_SHARDS) {
            var request = QueryRequest.builder().tableName(names.table()).indexName(RunItems.ACTIVE_INDEX)
                    .keyConditionExpression("gsi2pk = :shard")
                    .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(RunItems.activeShard(shard))))
                    .limit(limit - keys.size());
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(request.build());
            keys.addAll(response.items());
            if (hasMore(response)) {
                start = response.lastEvaluatedKey();
                if (keys.size() >= limit) {
                    next = RunCursors.encodeShard(shard, start);
                    break;
                }
                continue;
            }
            shard++;
            start = null;
            if (keys.size() >= limit) {
                next = shard < RunItems.ACTIVE_SHARDS ? RunCursors.encodeShard(shard, null) : null;
                break;
            }
        }
        // The index is eventually consistent: a run may have ended since; the consistent read decides.
        return new RunPage(runs(keys).stream().filter(run -> !run.isTerminal()).toList(), next);
    }

    private Map<String, AttributeValue> slots(TeamId team, String automationId) {
        return dynamo.getItem(b -> b.tableName(names.table()).key(SlotItems.key(team.value(), automationId))
                .consistentRead(true)).item();
    }

    private List<Run> runs(List<Map<String, AttributeValue>> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return BatchReader.get(dynamo, names.table(), keys).stream().map(RunItems::fromItem).toList();
    }

    private static boolean hasMore(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }
}
