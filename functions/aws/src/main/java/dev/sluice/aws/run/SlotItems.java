package dev.sluice.aws.run;

import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An automation's slot item {@code (t#<team>, slots#<automationId>)}: the {@code active} string set of
 * the runs holding its concurrency slots, and its run counters. DynamoDB drops a set when its last
 * element is deleted, so "no active run" is "no {@code active} attribute".
 */
final class SlotItems {

    static final String SLOTS_PREFIX = "slots#";
    private static final List<String> TERMINAL = List.of(RunStatus.SUCCEEDED.wireName(), RunStatus.FAILED.wireName(),
            RunStatus.CANCELLED.wireName());

    private SlotItems() {
    }

    static Map<String, AttributeValue> key(String team, String automationId) {
        return Map.of("pk", AttributeValue.fromS(RunItems.partition(team)),
                "sk", AttributeValue.fromS(SLOTS_PREFIX + automationId));
    }

    /** Adds the run to {@code active} if fewer than {@code concurrency} runs hold a slot; counts the start. */
    static TransactWriteItem take(String table, Run run, int concurrency) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(run.teamId(), run.automationId()))
                .updateExpression("ADD active :ids, started :one SET entity = :entity, last_run_id = :rid, last_run_at = :at")
                .conditionExpression("attribute_not_exists(active) OR size(active) < :concurrency")
                .expressionAttributeValues(Map.of(
                        ":ids", AttributeValue.fromSs(List.of(run.id())),
                        ":one", RunItems.number(1),
                        ":entity", AttributeValue.fromS("slots"),
                        ":rid", AttributeValue.fromS(run.id()),
                        ":at", AttributeValue.fromS(run.createdAt().toString()),
                        ":concurrency", RunItems.number(concurrency)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    /** Frees the run's slot and counts its terminal status (the attribute named by the status). */
    static TransactWriteItem release(String table, Run run) {
        if (!run.isTerminal()) {
            throw new IllegalArgumentException("ReleaseLock needs a terminal run, " + run.id() + " is "
                    + run.status().wireName());
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(run.teamId(), run.automationId()))
                .updateExpression("DELETE active :ids ADD #status :one")
                .expressionAttributeNames(Map.of("#status", run.status().wireName()))
                .expressionAttributeValues(Map.of(
                        ":ids", AttributeValue.fromSs(List.of(run.id())),
                        ":one", RunItems.number(1)))).build();
    }

    static Set<String> activeIds(Map<String, AttributeValue> item) {
        AttributeValue active = item == null ? null : item.get("active");
        return active == null || !active.hasSs() ? Set.of() : Set.copyOf(active.ss());
    }

    static RunCounters counters(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return RunCounters.NONE;
        }
        Map<String, Long> finished = new HashMap<>();
        for (String status : TERMINAL) {
            if (item.containsKey(status)) {
                finished.put(status, RunItems.n(item, status));
            }
        }
        return new RunCounters(activeIds(item), RunItems.n(item, "started"), finished, RunItems.s(item, "last_run_id"),
                RunItems.instant(item, "last_run_at"));
    }
}
