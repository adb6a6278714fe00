package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.run.DynamoCreditStore;
import dev.sluice.aws.run.DynamoRunStore;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.CreditStore.LedgerEntry;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.local.LocalCloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DynamoDB run store's writes (start, transitions, charges, slot release) against the local cloud's DynamoDB. */
@ExtendWith(LocalCloudExtension.class)
class RunStoreIT {

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
    void start_then_load_returns_run_and_plan() {
        TeamId team = fx.tenant();
        Run run = fx.newRun(team, "auto_a");
        runs.start(run, RunStoreFixture.PLAN, 1);

        var loaded = runs.load(team, run.id()).orElseThrow();
        assertThat(loaded.run()).isEqualTo(run);
        assertThat(loaded.plan()).isEqualTo(RunStoreFixture.PLAN);
        assertThat(runs.find(team, run.id())).contains(run);
        assertThat(runs.load(team, run.id().substring(0, 10))).isEmpty();
    }

    @Test
    void second_start_beyond_concurrency_is_conflict() {
        TeamId team = fx.tenant();
        runs.start(fx.newRun(team, "auto_c"), RunStoreFixture.PLAN, 2);
        runs.start(fx.newRun(team, "auto_c"), RunStoreFixture.PLAN, 2);
        Run third = fx.newRun(team, "auto_c");

        assertThatThrownBy(() -> runs.start(third, RunStoreFixture.PLAN, 2)).isInstanceOf(ConflictException.class)
                .hasMessage("automation auto_c already has 2 active run(s) (concurrency 2)");
        assertThat(runs.find(team, third.id())).isEmpty();
        assertThat(runs.counters(team, "auto_c").started()).isEqualTo(2);
    }

    @Test
    void fifty_concurrent_starts_on_concurrency_one_let_exactly_one_win() throws Exception {
        TeamId team = fx.tenant();
        List<Run> candidates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            candidates.add(fx.newRun(team, "auto_race"));
        }
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Run run : candidates) {
                outcomes.add(pool.submit(() -> {
                    gate.await();
                    try {
                        runs.start(run, RunStoreFixture.PLAN, 1);
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            gate.countDown();
            long wins = 0;
            for (Future<Boolean> outcome : outcomes) {
                wins += outcome.get() ? 1 : 0; // any other exception fails the test here
            }
            assertThat(wins).isEqualTo(1);
        }
        var counters = runs.counters(team, "auto_race");
        assertThat(counters.activeRunIds()).hasSize(1);
        assertThat(counters.started()).isEqualTo(1);
        assertThat(runs.history(team, "auto_race", 100, null).items()).hasSize(1);
    }

    @Test
    void apply_with_a_stale_version_returns_false_and_changes_nothing() {
        TeamId team = fx.tenant();
        Run v1 = fx.newRun(team, "auto_s");
        runs.start(v1, RunStoreFixture.PLAN, 1);
        Run v2 = fx.next(v1, RunStatus.RUNNING, 0);
        assertThat(runs.apply(v1, v2, List.of())).isTrue();

        Run rival = fx.next(v1, RunStatus.PAUSED, 0);
        assertThat(runs.apply(v1, rival, List.of())).isFalse();
        Run rivalEnd = fx.next(v1, RunStatus.CANCELLED, 5);
        assertThat(runs.apply(v1, rivalEnd, List.of(new Effect.ChargeCredits("one", 1, 5), new Effect.ReleaseLock())))
                .isFalse();
        assertThat(runs.find(team, v1.id())).contains(v2);
        assertThat(credits.balance(team)).isZero();
        assertThat(credits.ledger(team, 10, null).items()).isEmpty();
        assertThat(runs.counters(team, "auto_s").activeRunIds()).containsExactly(v1.id());
        assertThat(runs.counters(team, "auto_s").finished()).isEmpty();
    }

    @Test
    void apply_with_charge_credits_charges_once_and_reapplying_charges_nothing() {
        TeamId team = fx.tenant();
        credits.grant(team, 100, "test", "it");
        Run v1 = fx.newRun(team, "auto_charge");
        runs.start(v1, RunStoreFixture.PLAN, 1);
        Run v2 = fx.next(v1, RunStatus.RUNNING, 5);
        List<Effect> effects = List.of(new Effect.ChargeCredits("one", 1, 5), Effect.Log.info("passed"));

        assertThat(runs.apply(v1, v2, effects)).isTrue();
        assertThat(runs.apply(v1, v2, effects)).isFalse();

        assertThat(credits.balance(team)).isEqualTo(95);
        List<LedgerEntry> ledger = credits.ledger(team, 10, null).items();
        assertThat(ledger).hasSize(2);
        LedgerEntry charge = ledger.get(0);
        assertThat(charge.kind()).isEqualTo("charge");
        assertThat(charge.amount()).isEqualTo(-5);
        assertThat(charge.runId()).isEqualTo(v1.id());
        assertThat(charge.stage()).isEqualTo("one");
        assertThat(charge.attempt()).isEqualTo(1);
        assertThat(runs.find(team, v1.id())).contains(v2);
    }

    @Test
    void release_lock_frees_the_slot_so_another_start_succeeds_and_counters_count_the_status() {
        TeamId team = fx.tenant();
        Run first = fx.newRun(team, "auto_lock");
        runs.start(first, RunStoreFixture.PLAN, 1);
        Run second = fx.newRun(team, "auto_lock");
        assertThatThrownBy(() -> runs.start(second, RunStoreFixture.PLAN, 1)).isInstanceOf(ConflictException.class);

        Run failed = fx.next(first, RunStatus.FAILED, 0);
        assertThat(runs.apply(first, failed, List.of(new Effect.ReleaseLock()))).isTrue();
        runs.start(second, RunStoreFixture.PLAN, 1);

        var counters = runs.counters(team, "auto_lock");
        assertThat(counters.activeRunIds()).containsExactly(second.id());
        assertThat(counters.started()).isEqualTo(2);
        assertThat(counters.finished()).isEqualTo(Map.of("failed", 1L));
        assertThat(counters.lastRunId()).isEqualTo(second.id());
        assertThat(counters.lastRunAt()).isEqualTo(second.createdAt());
        assertThat(runs.active(team, "auto_lock")).containsExactly(second);
    }
}
