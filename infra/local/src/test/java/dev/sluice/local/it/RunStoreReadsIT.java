package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.run.DynamoCreditStore;
import dev.sluice.aws.run.DynamoRunStore;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.CreditStore.LedgerEntry;
import dev.sluice.core.engine.RunStore.RunPage;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.local.LocalCloud;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DynamoDB run and credit stores' listings, paging and tenant isolation, against the local cloud. */
@ExtendWith(LocalCloudExtension.class)
class RunStoreReadsIT {

    private static RunStoreFixture fx;
    private static DynamoRunStore runs;
    private static DynamoCreditStore credits;

    @BeforeAll
    static void setUp(LocalCloud cloud) {
        fx = new RunStoreFixture(cloud);
        runs = fx.runs;
        credits = fx.credits;
    }

    @AfterAll
    static void tearDown() {
        fx.close();
    }

    @Test
    void terminal_run_leaves_active_across_tenants() {
        TeamId team = fx.tenant();
        List<Run> started = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Run run = fx.newRun(team, "auto_reap_" + i);
            runs.start(run, RunStoreFixture.PLAN, 1);
            started.add(run);
        }
        assertThat(fx.allActiveIds(runs, 2)).containsAll(started.stream().map(Run::id).toList());

        Run done = fx.next(started.get(0), RunStatus.CANCELLED, 0);
        assertThat(runs.apply(started.get(0), done, List.of(new Effect.ReleaseLock()))).isTrue();
        List<String> after = fx.allActiveIds(runs, 3);
        assertThat(after).doesNotContain(done.id()).doesNotHaveDuplicates()
                .containsAll(started.subList(1, 6).stream().map(Run::id).toList());
        assertThat(fx.rawItem(team, done.id())).doesNotContainKeys("gsi2pk", "gsi2sk");
        assertThat(fx.rawItem(team, started.get(1).id())).containsKeys("gsi2pk", "gsi2sk");
    }

    @Test
    void history_lists_newest_first_with_paging() {
        TeamId team = fx.tenant();
        List<Run> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Run run = fx.newRun(team, "auto_h");
            runs.start(run, RunStoreFixture.PLAN, 10);
            started.add(0, run);
        }
        runs.start(fx.newRun(team, "auto_other"), RunStoreFixture.PLAN, 1);

        RunPage first = runs.history(team, "auto_h", 2, null);
        RunPage second = runs.history(team, "auto_h", 2, first.nextCursor());
        RunPage third = runs.history(team, "auto_h", 2, second.nextCursor());
        assertThat(first.items()).containsExactlyElementsOf(started.subList(0, 2));
        assertThat(second.items()).containsExactlyElementsOf(started.subList(2, 4));
        assertThat(third.items()).containsExactly(started.get(4));
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void foreign_tenant_finds_nothing() {
        TeamId owner = fx.tenant();
        TeamId stranger = fx.tenant();
        Run run = fx.newRun(owner, "auto_f");
        runs.start(run, RunStoreFixture.PLAN, 1);

        assertThat(runs.find(stranger, run.id())).isEmpty();
        assertThat(runs.load(stranger, run.id())).isEmpty();
        assertThat(runs.history(stranger, "auto_f", 10, null).items()).isEmpty();
        assertThat(runs.active(stranger, "auto_f")).isEmpty();
        assertThat(runs.counters(stranger, "auto_f").started()).isZero();
        String ownersCursor = runs.history(owner, "auto_f", 1, null).nextCursor();
        if (ownersCursor != null) {
            assertThat(runs.history(stranger, "auto_f", 10, ownersCursor).items()).isEmpty();
        }
    }

    @Test
    void credits_grant_balance_and_ledger_paging() {
        TeamId team = fx.tenant();
        assertThat(credits.balance(team)).isZero();
        credits.grant(team, 10, "first", "admin");
        credits.grant(team, 20, "second", "admin");
        LedgerEntry last = credits.grant(team, 30, "third", "admin");
        assertThat(last.balanceAfter()).isEqualTo(60);
        assertThat(last.kind()).isEqualTo("grant");
        assertThat(credits.balance(team)).isEqualTo(60);

        var first = credits.ledger(team, 2, null);
        var second = credits.ledger(team, 2, first.nextCursor());
        assertThat(first.items()).extracting(LedgerEntry::amount).containsExactly(30L, 20L);
        assertThat(first.items().get(0).id()).isEqualTo(last.id());
        assertThat(second.items()).extracting(LedgerEntry::reason).containsExactly("first");
        assertThat(second.nextCursor()).isNull();
        assertThat(credits.ledger(fx.tenant(), 10, null).items()).isEmpty();
    }
}
