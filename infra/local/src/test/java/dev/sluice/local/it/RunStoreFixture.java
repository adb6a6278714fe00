package dev.sluice.local.it;

import dev.sluice.aws.run.DynamoCreditStore;
import dev.sluice.aws.run.DynamoRunStore;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.run.Runs;
import dev.sluice.core.run.StageState;
import dev.sluice.core.run.StageStatus;
import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.local.LocalCloud;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The run-store adapters built directly on the local cloud's SDK clients and table, with a clock that
 * ticks one millisecond per reading (so ids and ledger entries sort in creation order), and run builders.
 */
final class RunStoreFixture implements AutoCloseable {

    static final List<StageDefinition> PLAN = List.of(
            new StageDefinition("one", "transform", Map.of("set", Map.of("x", 1L)), RetryPolicy.DEFAULT, 60, 5L,
                    FailurePolicy.FAIL, null, 0, 0),
            new StageDefinition("two", "http", Map.of("url", "https://example.com"), RetryPolicy.NONE, 30, null,
                    FailurePolicy.CONTINUE, "context.items", 10, 2));

    final LocalCloud cloud;
    final String table;
    final ApplicationContext context;
    final ResourceNames names;
    final Clock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    final Ids ids = new Ids(clock);
    final DynamoRunStore runs;
    final DynamoCreditStore credits;

    RunStoreFixture(LocalCloud cloud) {
        this(cloud, Map.of());
    }

    RunStoreFixture(LocalCloud cloud, Map<String, Object> extraProperties) {
        this.cloud = cloud;
        this.table = cloud.physicalName("Table");
        Map<String, Object> properties = new java.util.HashMap<>(extraProperties);
        properties.put("sluice.table", table);
        this.context = ApplicationContext.builder().properties(properties).deduceEnvironment(false)
                .environmentPropertySource(false).banner(false).start();
        this.names = context.getBean(ResourceNames.class);
        this.runs = new DynamoRunStore(cloud.aws().dynamo(), names, clock);
        this.credits = new DynamoCreditStore(cloud.aws().dynamo(), names, clock);
    }

    TeamId tenant() {
        return new TeamId(SluiceApi.newTenant());
    }

    Run newRun(TeamId team, String automationId) {
        return Runs.create(ids.next("run"), team.value(), automationId, 3, "api", Map.of("site", "example", "n", 2L),
                PLAN, 12, clock.instant()).next();
    }

    /** The run one transition later: another status, the first stage moved on, credits used, version + 1. */
    Run next(Run r, RunStatus status, long creditsUsed) {
        Instant now = clock.instant();
        List<StageState> stages = new ArrayList<>(r.stages());
        StageState s = stages.get(0);
        stages.set(0, new StageState(s.name(), s.type(), status.isTerminal() ? StageStatus.PASSED : StageStatus.RUNNING,
                1, now, status.isTerminal() ? now : null, status.isTerminal() ? Map.of("ok", true) : null, null, 0, 0));
        return new Run(r.id(), r.teamId(), r.automationId(), r.automationVersion(), status, r.trigger(), r.input(),
                Map.of("x", 1L, "list", List.of("a", 2.5)), stages, status.isTerminal() ? 1 : 0, r.version() + 1, false,
                status == RunStatus.CANCELLED, r.creditsEstimated(), creditsUsed, r.createdAt(), now,
                status.isTerminal() ? now : null, null, status.isTerminal() ? null : "worker-1",
                status.isTerminal() ? null : now.plusSeconds(60), status.isTerminal() ? Map.of("done", true) : null,
                status == RunStatus.FAILED ? "boom" : null);
    }

    /** Every tenant's active run ids, read page by page. */
    List<String> allActiveIds(RunStore store, int pageSize) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RunStore.RunPage page = store.activeAcrossTenants(pageSize, cursor);
            page.items().forEach(run -> ids.add(run.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    Map<String, AttributeValue> rawItem(TeamId team, String runId) {
        return cloud.aws().dynamo().getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                "pk", AttributeValue.fromS("t#" + team.value()), "sk", AttributeValue.fromS("run#" + runId)))).item();
    }

    @Override
    public void close() {
        context.close();
    }

    /** A clock that advances one millisecond every time it is read. */
    static final class TickingClock extends Clock {
        private final AtomicLong millis;

        TickingClock(long startMillis) {
            this.millis = new AtomicLong(startMillis);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndIncrement());
        }

        @Override
        public long millis() {
            return millis.getAndIncrement();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
