package dev.sluice.aws.automation;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Automations in the single table: the automation at {@code (t#<team>, auto#<id>)} and a slug
 * claim at {@code (t#<team>, slug#<slug>)}, written together in one transaction so a slug is never
 * held twice. Updates are conditional on {@code version}.
 */
@Singleton
public class DynamoAutomationStore implements AutomationStore {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;
    private final AutomationLookups lookups;

    public DynamoAutomationStore(DynamoDbClient dynamo, ResourceNames names) {
        this.dynamo = dynamo;
        this.names = names;
        this.lookups = new AutomationLookups(dynamo, names);
    }

    @Override
    public Optional<Automation> findByWebhookTokenHash(String tokenHash) {
        return lookups.byWebhookTokenHash(tokenHash);
    }

    @Override
    public Optional<Automation> findBySlug(TeamId team, String slug) {
        return lookups.bySlug(team.value(), slug);
    }

    @Override
    public List<Automation> listeningTo(TeamId team, String eventType) {
        return lookups.listeningTo(team.value(), eventType);
    }

    @Override
    public List<Automation> due(java.time.Instant now, int limit) {
        return lookups.due(now, limit);
    }

    @Override
    public void create(Automation automation) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(names.table())
                .item(AutomationItems.toItem(automation)).conditionExpression("attribute_not_exists(pk)")).build());
        writes.add(claimSlug(automation));
        writes.addAll(TriggerItems.changes(names.table(), null, automation));
        transact("slug '" + automation.slug() + "' is already used by another automation",
                writes.toArray(TransactWriteItem[]::new));
    }

    @Override
    public Optional<Automation> find(TeamId team, String id) {
        var item = dynamo.getItem(b -> b.tableName(names.table()).key(AutomationItems.key(team.value(), id))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(AutomationItems.fromItem(item));
    }

    @Override
    public void update(Automation previous, Automation updated) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(names.table()).item(AutomationItems.toItem(updated))
                .conditionExpression("version = :expected")
                .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(previous.version())))))
                .build());
        if (!previous.slug().equals(updated.slug())) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(names.table())
                    .key(AutomationItems.slugKey(previous.teamId(), previous.slug()))).build());
            writes.add(claimSlug(updated));
        }
        writes.addAll(TriggerItems.changes(names.table(), previous, updated));
        transact("the automation changed meanwhile, or slug '" + updated.slug() + "' is taken; reload and retry",
                writes.toArray(TransactWriteItem[]::new));
    }

    @Override
    public boolean delete(Automation automation) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().delete(d -> d.tableName(names.table())
                .key(AutomationItems.key(automation.teamId(), automation.id()))
                .conditionExpression("attribute_exists(pk)")).build());
        writes.add(TransactWriteItem.builder().delete(d -> d.tableName(names.table())
                .key(AutomationItems.slugKey(automation.teamId(), automation.slug()))).build());
        writes.addAll(TriggerItems.changes(names.table(), automation, null));
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    @Override
    public Page list(TeamId team, int limit, String cursor) {
        var request = software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .tableName(names.table())
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(AutomationItems.partition(team.value())),
                        ":prefix", AttributeValue.fromS(AutomationItems.AUTOMATION_PREFIX)))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            request.exclusiveStartKey(Cursors.decode(team.value(), cursor));
        }
        QueryResponse response = dynamo.query(request.build());
        List<Automation> items = response.items().stream().map(AutomationItems::fromItem).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Cursors.encode(response.lastEvaluatedKey()) : null;
        return new Page(items, next);
    }

    private TransactWriteItem claimSlug(Automation automation) {
        return TransactWriteItem.builder().put(p -> p.tableName(names.table())
                .item(AutomationItems.slugItem(automation))
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private void transact(String conflict, TransactWriteItem... writes) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException e) {
            boolean conditionFailed = e.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch("ConditionalCheckFailed"::equals);
            if (conditionFailed) {
                throw new ConflictException(conflict);
            }
            throw e;
        }
    }
}
