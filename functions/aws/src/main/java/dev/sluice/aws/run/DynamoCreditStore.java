package dev.sluice.aws.run;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.CreditStore;
import dev.sluice.core.id.Ids;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Credit balances and ledgers in the single table: the balance at {@code (t#<team>, credits)}, entries at
 * {@code (t#<team>, ledger#<led_id>)}. Charges are written by {@link DynamoRunStore#apply}.
 *
 * <p>A grant is one transaction (balance {@code ADD} and ledger entry), so the ledger never misses a grant
 * nor shows one the balance lacks; a transaction returns no values, so the new balance is then read with
 * one consistent GetItem. That balance includes the grant, and possibly charges or grants that landed in
 * between, so it is returned in the entry but not stored on it. Grants are rare admin calls: two calls
 * for atomicity is the better trade than UpdateItem + PutItem (also two calls, but not atomic).
 */
@Singleton
public class DynamoCreditStore implements CreditStore {

    private final DynamoDbClient dynamo;
    private final ResourceNames names;
    private final Ids ids;
    private final Clock clock;

    public DynamoCreditStore(DynamoDbClient dynamo, ResourceNames names, Clock clock) {
        this.dynamo = dynamo;
        this.names = names;
        this.ids = new Ids(clock);
        this.clock = clock;
    }

    @Override
    public long balance(TeamId team) {
        var item = dynamo.getItem(b -> b.tableName(names.table()).key(LedgerItems.creditsKey(team.value()))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? 0 : RunItems.n(item, "balance");
    }

    @Override
    public LedgerEntry grant(TeamId team, long amount, String reason, String grantedBy) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a grant must be positive, was " + amount);
        }
        LedgerEntry entry = new LedgerEntry(ids.next("led"), "grant", amount, reason, null, null, null, clock.instant(),
                null);
        String table = names.table();
        Contention.retry(() -> dynamo.transactWriteItems(b -> b.transactItems(
                LedgerItems.addToBalance(table, team.value(), amount),
                LedgerItems.put(table, team.value(), entry, grantedBy))));
        return new LedgerEntry(entry.id(), entry.kind(), entry.amount(), entry.reason(), null, null, null, entry.at(),
                balance(team));
    }

    @Override
    public LedgerPage ledger(TeamId team, int limit, String cursor) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        var request = QueryRequest.builder().tableName(names.table()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(RunItems.partition(team.value())),
                        ":prefix", AttributeValue.fromS(LedgerItems.LEDGER_PREFIX)))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            request.exclusiveStartKey(RunCursors.decodeSk(team.value(), LedgerItems.LEDGER_PREFIX, cursor));
        }
        QueryResponse response = dynamo.query(request.build());
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? RunCursors.encodeSk(response.lastEvaluatedKey()) : null;
        return new LedgerPage(response.items().stream().map(LedgerItems::fromItem).toList(), next);
    }
}
