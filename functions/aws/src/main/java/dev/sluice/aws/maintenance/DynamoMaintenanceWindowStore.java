package dev.sluice.aws.maintenance;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Maintenance windows in the single table at {@code (t#<team>, mw#<id>)}. Every run start reads all of a
 * tenant's windows with one consistent Query (a window switched on is in force for the very next start).
 *
 * <p>{@link #MAX_PER_TENANT} is checked by counting before the put: two creates racing at 99 windows can both
 * succeed, so a tenant may end up a few windows over the limit. That is harmless (the gate pages through any
 * number) and not worth a counter item that every create and delete would have to keep in a transaction.
 */
@Singleton
public class DynamoMaintenanceWindowStore implements MaintenanceWindowStore {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;

    public DynamoMaintenanceWindowStore(DynamoDbClient dynamo, ResourceNames names) {
        this.dynamo = dynamo;
        this.names = names;
    }

    @Override
    public void create(StoredWindow window) {
        int count = all(new TeamId(window.teamId())).size();
        if (count >= MAX_PER_TENANT) {
            throw new ConflictException("A tenant can have at most " + MAX_PER_TENANT
                    + " maintenance windows; delete one first");
        }
        try {
            dynamo.putItem(b -> b.tableName(names.table()).item(MaintenanceWindowItems.toItem(window))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("Maintenance window " + window.id() + " already exists", e);
        }
    }

    @Override
    public Optional<StoredWindow> find(TeamId team, String id) {
        var item = dynamo.getItem(b -> b.tableName(names.table())
                .key(MaintenanceWindowItems.key(team.value(), id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MaintenanceWindowItems.fromItem(item));
    }

    @Override
    public List<StoredWindow> all(TeamId team) {
        List<StoredWindow> windows = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(names.table())
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(MaintenanceWindowItems.partition(team.value())),
                            ":prefix", AttributeValue.fromS(MaintenanceWindowItems.PREFIX)))
                    .consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(request.build());
            response.items().forEach(item -> windows.add(MaintenanceWindowItems.fromItem(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return windows;
    }

    @Override
    public void update(StoredWindow previous, StoredWindow updated) {
        try {
            dynamo.putItem(b -> b.tableName(names.table()).item(MaintenanceWindowItems.toItem(updated))
                    .conditionExpression("version = :expected")
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(previous.version())))));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("Maintenance window " + previous.id()
                    + " changed or was deleted meanwhile; reload and retry", e);
        }
    }

    @Override
    public boolean delete(StoredWindow window) {
        try {
            dynamo.deleteItem(b -> b.tableName(names.table())
                    .key(MaintenanceWindowItems.key(window.teamId(), window.id()))
                    .conditionExpression("attribute_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
