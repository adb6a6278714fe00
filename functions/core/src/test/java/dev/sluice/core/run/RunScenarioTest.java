package dev.sluice.core.run;

import static dev.sluice.core.run.Decision.Outcome.APPLIED;
import static dev.sluice.core.run.Decision.Outcome.IGNORED;
import static dev.sluice.core.run.Decision.Outcome.REJECTED;
import static dev.sluice.core.run.Decision.Outcome.RESCHEDULED;
import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole runs driven signal by signal, with the duplicates at-least-once delivery brings. */
class RunScenarioTest {

    @Test
    void five_stage_happy_path_succeeds_and_charges_each_passed_stage_exactly_once() {
        Flow flow = Flow.of(stage("fetch"), stage("parse"), stage("enrich"), stage("store"), stage("notify"));
        long[] costs = {3, 1, 0, 2, 4};

        for (int i = 0; i < 5; i++) {
            Decision started = flow.deliver(i, 1);
            assertThat(Flow.effects(started, Effect.ExecuteStage.class)).containsExactly(new Effect.ExecuteStage(i, 1));
            assertThat(flow.deliver(i, 1)).as("duplicate delivery").isEqualTo(Decision.ignore());
            Decision done = flow.complete(i, 1, new StageResult.Passed("stage " + i, Map.of("s" + i, i)), costs[i]);
            assertThat(flow.complete(i, 1, new StageResult.Passed("again", Map.of()), costs[i]))
                    .as("duplicate report").isEqualTo(Decision.ignore());
            assertThat(flow.deliver(i, 1)).as("late duplicate delivery").isEqualTo(Decision.ignore());
            if (i < 4) {
                assertThat(Flow.effects(done, Effect.ScheduleStage.class))
                        .containsExactly(Effect.ScheduleStage.now(i + 1, 1));
            }
            flow.afterSeconds(1);
        }

        Run run = flow.run();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.stages()).extracting(StageState::status).containsOnly(StageStatus.PASSED);
        assertThat(run.output()).isEqualTo(Map.of("s0", 0, "s1", 1, "s2", 2, "s3", 3, "s4", 4));
        assertThat(run.creditsUsed()).isEqualTo(10);
        assertThat(run.version()).as("created, then 2 per stage").isEqualTo(11);
        List<Effect> all = flow.allEffects();
        assertThat(all).filteredOn(Effect.ChargeCredits.class::isInstance).containsExactly(
                new Effect.ChargeCredits("fetch", 1, 3), new Effect.ChargeCredits("parse", 1, 1),
                new Effect.ChargeCredits("store", 1, 2), new Effect.ChargeCredits("notify", 1, 4));
        assertThat(all).filteredOn(Effect.ReleaseLock.class::isInstance).hasSize(1);
    }

    @Test
    void pause_during_a_wait_then_resume_then_finish() {
        Flow flow = Flow.of(stage("fetch"), waitStage("cool-down"), stage("store"));
        flow.pass(0);
        flow.deliver(1, 1);
        flow.complete(1, 1, new StageResult.Wait(Duration.ofMinutes(2)));
        flow.afterSeconds(30);

        assertThat(flow.send(new RunSignal.PauseRequested()).next().status()).isEqualTo(RunStatus.PAUSED);
        flow.afterSeconds(60);
        assertThat(flow.deliver(1, 1)).as("the wake-up sent before the pause").isEqualTo(Decision.ignore());
        Decision resumed = flow.send(new RunSignal.ResumeRequested());
        assertThat(resumed.next().status()).isEqualTo(RunStatus.WAITING);
        assertThat(Flow.effects(resumed, Effect.ScheduleStage.class))
                .containsExactly(new Effect.ScheduleStage(1, 1, Duration.ofSeconds(30)));
        flow.afterSeconds(30);
        assertThat(flow.deliver(1, 1).next().currentStage()).isEqualTo(2);
        Decision last = flow.pass(2);

        assertThat(last.next().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(last.next().stages()).extracting(StageState::status).containsOnly(StageStatus.PASSED);
    }

    @Test
    void cancel_while_running_is_honoured_at_the_next_completion() {
        Flow flow = Flow.of(stage("fetch"), stage("parse"), stage("store"));
        flow.pass(0);
        flow.deliver(1, 1);

        Decision requested = flow.send(new RunSignal.CancelRequested());
        Decision honoured = flow.complete(1, 1, new StageResult.Passed("ok", Map.of()), 2);

        assertThat(requested.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(honoured.next().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(honoured.next().stages()).extracting(StageState::status)
                .containsExactly(StageStatus.PASSED, StageStatus.PASSED, StageStatus.CANCELLED);
        assertThat(honoured.effects()).contains(new Effect.ChargeCredits("parse", 1, 2), new Effect.ReleaseLock())
                .doesNotHaveAnyElementsOfTypes(Effect.ScheduleStage.class);
        assertThat(flow.deliver(2, 1)).isEqualTo(Decision.ignore());
    }

    @Test
    void version_rises_by_exactly_one_per_applied_decision_and_never_otherwise() {
        Flow flow = Flow.of(stage("fetch"), waitStage("sleep"), stage("store"));
        List<RunSignal> signals = new ArrayList<>(List.of(
                new RunSignal.Deliver(0, 1, Flow.WORKER, flow.now().plusSeconds(60)),
                new RunSignal.Deliver(0, 1, Flow.WORKER, flow.now().plusSeconds(60)),
                new RunSignal.ResumeRequested(),
                new RunSignal.PauseRequested(),
                new RunSignal.PauseRequested(),
                new RunSignal.Completed(0, 1, new StageResult.Passed("ok", Map.of()), 1),
                new RunSignal.Reap(),
                new RunSignal.ResumeRequested(),
                new RunSignal.Deliver(1, 1, Flow.WORKER, flow.now().plusSeconds(60)),
                new RunSignal.Completed(1, 1, new StageResult.Wait(Duration.ofHours(1)), 0),
                new RunSignal.Deliver(1, 1, Flow.WORKER, flow.now().plusSeconds(60)),
                new RunSignal.CancelRequested(),
                new RunSignal.CancelRequested()));

        List<Decision.Outcome> outcomes = new ArrayList<>();
        for (RunSignal signal : signals) {
            long before = flow.run().version();
            Decision decision = flow.send(signal);
            long expected = decision.outcome() == Decision.Outcome.APPLIED ? before + 1 : before;
            assertThat(flow.run().version()).as(signal.toString()).isEqualTo(expected);
            outcomes.add(decision.outcome());
        }

        assertThat(outcomes).containsExactly(APPLIED, IGNORED, REJECTED, APPLIED, IGNORED, APPLIED, IGNORED, APPLIED,
                APPLIED, APPLIED, RESCHEDULED, APPLIED, REJECTED);
        assertThat(flow.run().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(flow.run().version()).as("created at 1, then 7 applied").isEqualTo(8);
    }
}
