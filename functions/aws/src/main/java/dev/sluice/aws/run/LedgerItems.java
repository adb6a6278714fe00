package dev.sluice.aws.run;

import dev.sluice.core.engine.CreditStore.LedgerEntry;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A tenant's credit balance {@code (t#<team>, credits)} and its ledger entries
 * {@code (t#<team>, ledger#<led_id>)}; ledger ids are time-sortable, so the ledger reads newest first
 * with a descending query.
 */
final class LedgerItems {

    static final String CREDITS_SK = "credits";
    static final String LEDGER_PREFIX = "ledger#";

    private LedgerItems() {
    }

    static Map<String, AttributeValue> creditsKey(String team) {
        return Map.of("pk", AttributeValue.fromS(RunItems.partition(team)), "sk", AttributeValue.fromS(CREDITS_SK));
    }

    /** Moves the balance by {@code delta} (negative for a charge); creates the item on first use. */
    static TransactWriteItem addToBalance(String table, String team, long delta) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(creditsKey(team))
                .updateExpression("ADD balance :delta SET entity = :entity")
                .expressionAttributeValues(Map.of(":delta", RunItems.number(delta),
                        ":entity", AttributeValue.fromS("credits")))).build();
    }

    /** Writes an entry once (a ledger id is never reused). */
    static TransactWriteItem put(String table, String team, LedgerEntry entry) {
        return put(table, team, entry, null);
    }

    /** As {@link #put(String, String, LedgerEntry)}, recording who granted (audit only; not in the entry). */
    static TransactWriteItem put(String table, String team, LedgerEntry entry, String grantedBy) {
        Map<String, AttributeValue> item = toItem(team, entry);
        if (grantedBy != null) {
            item.put("granted_by", AttributeValue.fromS(grantedBy));
        }
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    static Map<String, AttributeValue> toItem(String team, LedgerEntry e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(RunItems.partition(team)));
        item.put("sk", AttributeValue.fromS(LEDGER_PREFIX + e.id()));
        item.put("entity", AttributeValue.fromS("ledger"));
        item.put("id", AttributeValue.fromS(e.id()));
        item.put("kind", AttributeValue.fromS(e.kind()));
        item.put("amount", RunItems.number(e.amount()));
        item.put("at", AttributeValue.fromS(e.at().toString()));
        putString(item, "reason", e.reason());
        putString(item, "run_id", e.runId());
        putString(item, "stage", e.stage());
        if (e.attempt() != null) {
            item.put("attempt", RunItems.number(e.attempt()));
        }
        if (e.balanceAfter() != null) {
            item.put("balance_after", RunItems.number(e.balanceAfter()));
        }
        return item;
    }

    static LedgerEntry fromItem(Map<String, AttributeValue> item) {
        return new LedgerEntry(RunItems.s(item, "id"), RunItems.s(item, "kind"), RunItems.n(item, "amount"),
                RunItems.s(item, "reason"), RunItems.s(item, "run_id"), RunItems.s(item, "stage"),
                item.containsKey("attempt") ? (int) RunItems.n(item, "attempt") : null, RunItems.instant(item, "at"),
                item.containsKey("balance_after") ? RunItems.n(item, "balance_after") : null);
    }

    private static void putString(Map<String, AttributeValue> item, String key, String value) {
        if (value != null) {
            item.put(key, AttributeValue.fromS(value));
        }
    }
}
