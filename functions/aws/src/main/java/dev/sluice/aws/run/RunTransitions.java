package dev.sluice.aws.run;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.engine.CreditStore.LedgerEntry;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes one run transition: a put conditional on the stored {@code version} being the previous one.
 * Charges (balance and one ledger entry each) and the slot release ride in the same transaction as
 * that put, so they are written exactly when the transition is: a duplicate or stale delivery fails
 * the version condition and writes nothing at all.
 */
final class RunTransitions {

    private static final String VERSION_CONDITION = "version = :expected";

    private final DynamoDbClient dynamo;
    private final ResourceNames names;
    private final Ids ids;
    private final Clock clock;

    RunTransitions(DynamoDbClient dynamo, ResourceNames names, Ids ids, Clock clock) {
        this.dynamo = dynamo;
        this.names = names;
        this.ids = ids;
        this.clock = clock;
    }

    boolean apply(Run previous, Run next, List<Effect> effects) {
        check(previous, next);
        String table = names.table();
        Map<String, AttributeValue> expected = Map.of(":expected", RunItems.number(previous.version()));
        List<Effect.ChargeCredits> charges = effects.stream()
                .filter(Effect.ChargeCredits.class::isInstance).map(Effect.ChargeCredits.class::cast).toList();
        boolean release = effects.stream().anyMatch(Effect.ReleaseLock.class::isInstance);
        if (charges.isEmpty() && !release) {
            try {
                Contention.retry(() -> dynamo.putItem(p -> p.tableName(table).item(RunItems.toItem(next))
                        .conditionExpression(VERSION_CONDITION).expressionAttributeValues(expected)));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.toItem(next))
                .conditionExpression(VERSION_CONDITION).expressionAttributeValues(expected)).build());
        if (!charges.isEmpty()) {
            // One item may appear once per transaction: the balance moves by the sum of the charges.
            long total = charges.stream().mapToLong(Effect.ChargeCredits::amount).sum();
            writes.add(LedgerItems.addToBalance(table, next.teamId(), -total));
            Instant at = clock.instant();
            for (Effect.ChargeCredits charge : charges) {
                LedgerEntry entry = new LedgerEntry(ids.next("led"), "charge", -charge.amount(), null, next.id(),
                        charge.stageName(), charge.attempt(), at, null);
                writes.add(LedgerItems.put(table, next.teamId(), entry));
            }
        }
        if (release) {
            writes.add(SlotItems.release(table, next));
        }
        try {
            Contention.retry(() -> dynamo.transactWriteItems(b -> b.transactItems(writes)));
            return true;
        } catch (TransactionCanceledException e) {
            if (Contention.CONDITION_FAILED.equals(Contention.code(e, 0))) {
                return false;
            }
            throw e;
        }
    }

    private static void check(Run previous, Run next) {
        if (!previous.id().equals(next.id()) || !previous.teamId().equals(next.teamId())
                || !previous.automationId().equals(next.automationId())) {
            throw new IllegalArgumentException("a transition keeps the run's identity");
        }
        // The guard of exactly-once effects: once next is stored, the condition on previous.version fails.
        if (next.version() <= previous.version()) {
            throw new IllegalArgumentException("a transition must raise the version, " + previous.version() + " -> "
                    + next.version());
        }
    }
}
