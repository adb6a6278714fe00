package dev.sluice.aws.run;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.DuplicateStartException;
import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.ServiceUnavailableException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.stage.StageDefinition;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs in the single table (layout in docs/data-model.md). A start is one transaction (run if absent,
 * plan, history entry, slot taken under the concurrency condition); a transition is one conditional
 * put on {@code version}, or one transaction when it also charges credits or releases the slot, so a
 * charge and a release happen exactly when the transition that carries them is written.
 */
@Singleton
public class DynamoRunStore implements RunStore {

    private static final int SLOT_WRITE = 3;
    private static final int START_KEY_WRITE = 4;

    private final DynamoDbClient dynamo;
    private final ResourceNames names;
    private final RunTransitions transitions;
    private final RunListings listings;

    public DynamoRunStore(DynamoDbClient dynamo, ResourceNames names, Clock clock) {
        this.dynamo = dynamo;
        this.names = names;
        this.transitions = new RunTransitions(dynamo, names, new Ids(clock), clock);
        this.listings = new RunListings(dynamo, names);
    }

    @Override
    public void recordSkipped(Run run) {
        if (run.status() != dev.sluice.core.run.RunStatus.SKIPPED) {
            throw new IllegalArgumentException("only a skipped run is recorded without a start, not " + run.status());
        }
        String table = names.table();
        dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.toItem(run))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.historyItem(run))).build()));
    }

    @Override
    public void start(Run run, List<StageDefinition> plan, int concurrency, String startKey,
                      java.time.Instant startKeyExpiresAt) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
        }
        if (run.isTerminal()) {
            throw new IllegalArgumentException("a run starts non-terminal, " + run.id() + " is " + run.status().wireName());
        }
        String table = names.table();
        List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.toItem(run))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.planItem(run, plan))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(RunItems.historyItem(run))).build(),
                SlotItems.take(table, run, concurrency)));
        if (startKey != null) {
            writes.add(StartKeyItems.claim(table, run, startKey, startKeyExpiresAt));
        }
        try {
            Contention.retry(() -> dynamo.transactWriteItems(b -> b.transactItems(writes)));
        } catch (TransactionCanceledException e) {
            if (startKey != null && Contention.CONDITION_FAILED.equals(Contention.code(e, START_KEY_WRITE))) {
                throw new DuplicateStartException(startKey, StartKeyItems.runIdOf(Contention.reason(e, START_KEY_WRITE)));
            }
            if (Contention.CONDITION_FAILED.equals(Contention.code(e, SLOT_WRITE))) {
                CancellationReason reason = Contention.reason(e, SLOT_WRITE);
                int active = reason.hasItem() && !reason.item().isEmpty()
                        ? SlotItems.activeIds(reason.item()).size() : concurrency;
                throw new ConflictException("automation " + run.automationId() + " already has " + active
                        + " active run(s) (concurrency " + concurrency + ")");
            }
            if (Contention.CONDITION_FAILED.equals(Contention.code(e, 0))) {
                throw new ConflictException("run " + run.id() + " already exists");
            }
            if (Contention.onlyConflicts(e)) {
                throw new ServiceUnavailableException("automation " + run.automationId()
                        + " is being started concurrently; retry", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Run> find(TeamId team, String runId) {
        if (runId == null || runId.isEmpty()) {
            return Optional.empty();
        }
        var item = dynamo.getItem(b -> b.tableName(names.table()).key(RunItems.key(team.value(), runId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(RunItems.fromItem(item));
    }

    @Override
    public Optional<LoadedRun> load(TeamId team, String runId) {
        if (runId == null || runId.isEmpty()) {
            return Optional.empty();
        }
        String runSk = RunItems.RUN_PREFIX + runId;
        // Ids have a fixed length and '#' sorts below every id character, so the run and its plan are
        // the first two items of the prefix; any other match (a junk prefix) is filtered out below.
        var response = dynamo.query(b -> b.tableName(names.table()).consistentRead(true).limit(2)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(RunItems.partition(team.value())),
                        ":prefix", AttributeValue.fromS(runSk))));
        Run run = null;
        List<StageDefinition> plan = null;
        for (Map<String, AttributeValue> item : response.items()) {
            String sk = item.get("sk").s();
            if (sk.equals(runSk)) {
                run = RunItems.fromItem(item);
            } else if (sk.equals(RunItems.planSk(runId))) {
                plan = RunItems.planFrom(item);
            }
        }
        if (run == null) {
            return Optional.empty();
        }
        if (plan == null) {
            throw new IllegalStateException("run " + runId + " has no plan item");
        }
        return Optional.of(new LoadedRun(run, plan));
    }

    @Override
    public boolean apply(Run previous, Run next, List<Effect> effects) {
        return transitions.apply(previous, next, effects);
    }

    @Override
    public RunPage history(TeamId team, String automationId, int limit, String cursor) {
        return listings.history(team, automationId, limit, cursor);
    }

    @Override
    public List<Run> active(TeamId team, String automationId) {
        return listings.active(team, automationId);
    }

    @Override
    public RunCounters counters(TeamId team, String automationId) {
        return listings.counters(team, automationId);
    }

    @Override
    public RunPage activeAcrossTenants(int limit, String cursor) {
        return listings.activeAcrossTenants(limit, cursor);
    }
}
