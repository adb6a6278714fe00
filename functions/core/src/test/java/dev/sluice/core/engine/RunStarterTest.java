package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.NOW;
import static dev.sluice.core.engine.EngineFixtures.automation;
import static dev.sluice.core.engine.EngineFixtures.catalog;
import static dev.sluice.core.engine.EngineFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.PaymentRequiredException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunStarterTest {

    private final InMemoryRunPorts ports = new InMemoryRunPorts();
    private final RunStarter starter = new RunStarter(ports, ports, ports, catalog(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_start_stores_a_queued_run_with_its_plan_and_sends_stage_0_attempt_1_at_once() {
        ports.balance = 100;
        var automation = automation(List.of(stage("fetch", "paid", null), stage("log", "free", null)),
                new AutomationConfig(null, null, Map.of("fetch", 5L), 1), true, 1);

        Run run = starter.start(automation, RunTrigger.manual(false), Map.of("id", "42"));

        assertThat(Ids.looksLikeId(run.id(), "run")).isTrue();
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.teamId()).isEqualTo("acme");
        assertThat(run.automationId()).isEqualTo(automation.id());
        assertThat(run.automationVersion()).isEqualTo(4);
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(run.input()).containsEntry("id", "42");
        assertThat(run.creditsEstimated()).isEqualTo(5);
        assertThat(run.createdAt()).isEqualTo(NOW);
        assertThat(ports.runs).containsKey(run.id());
        assertThat(ports.plans.get(run.id())).extracting(s -> s.credits()).containsExactly(5L, 0L);
        assertThat(ports.plans.get(run.id()).get(0).retry().maxAttempts()).isEqualTo(2);
        assertThat(ports.sent).containsExactly(new StageMessage("acme", run.id(), 0, 1));
        assertThat(ports.delays).containsExactly(Duration.ZERO);
    }

    @Test
    void a_disabled_automation_is_a_409_and_nothing_is_written() {
        ports.balance = 100;
        var automation = automation(List.of(stage("a", "paid", null)), AutomationConfig.DEFAULT, false, 1);

        assertThatThrownBy(() -> starter.start(automation, RunTrigger.manual(false), Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("disabled");
        assertThat(ports.runs).isEmpty();
        assertThat(ports.sent).isEmpty();
    }

    @Test
    void a_balance_below_estimate_times_1_2_is_a_402_and_nothing_is_written() {
        ports.balance = 5;
        var automation = automation(List.of(stage("a", "paid", 5L)));

        assertThatThrownBy(() -> starter.start(automation, RunTrigger.manual(false), Map.of()))
                .isInstanceOf(PaymentRequiredException.class)
                .hasMessageContaining("balance 5")
                .hasMessageContaining("required 6");
        assertThat(ports.runs).isEmpty();
        assertThat(ports.sent).isEmpty();
    }

    @Test
    void a_balance_equal_to_required_starts() {
        ports.balance = 6;

        Run run = starter.start(automation(List.of(stage("a", "paid", 5L))), RunTrigger.manual(false), Map.of());

        assertThat(ports.runs).containsKey(run.id());
    }

    @Test
    void a_free_plan_starts_without_reading_the_balance() {
        Run run = starter.start(automation(List.of(stage("a", "free", null))), RunTrigger.keyed(dev.sluice.core.schedule.TriggerKind.SCHEDULE, null, null), null);

        assertThat(ports.balanceReads).isZero();
        assertThat(run.creditsEstimated()).isZero();
        assertThat(run.input()).isEmpty();
        assertThat(ports.sent).hasSize(1);
    }

    @Test
    void a_start_beyond_concurrency_is_a_409_and_sends_no_message() {
        ports.balance = 100;
        var automation = automation(List.of(stage("a", "paid", null)), AutomationConfig.DEFAULT, true, 2);
        starter.start(automation, RunTrigger.manual(false), Map.of());
        starter.start(automation, RunTrigger.manual(false), Map.of());

        assertThatThrownBy(() -> starter.start(automation, RunTrigger.manual(false), Map.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(ports.runs).hasSize(2);
        assertThat(ports.sent).hasSize(2);
    }

    @Test
    void the_estimate_uses_the_resolved_plan() {
        var automation = automation(List.of(stage("a", "paid", null), stage("b", "paid", 1L)),
                new AutomationConfig(null, null, Map.of("b", 4L), null), true, 1);

        CostEstimate cost = starter.estimate(automation);

        assertThat(cost.estimated()).isEqualTo(7);
        assertThat(cost.required()).isEqualTo(9);
    }
}
