package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.batchStage;
import static dev.sluice.core.run.TestStages.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every message a decision sends is recorded as due ({@code wakeAt}), so the reaper re-sends a zero-delay
 * message that was lost (the worker crashed after storing the decision, before sending), whatever the status.
 */
class LostMessageReapTest {

    private static final RunSignal REAP = new RunSignal.Reap();

    @Test
    void next_stage_message_is_due_now_and_a_lost_one_is_sent_again_after_the_grace() {
        Flow flow = Flow.of(stage("fetch"), stage("store"));
        Decision passed = flow.pass(0);
        assertThat(passed.next().wakeAt()).isEqualTo(flow.now());
        assertThat(passed.next().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(passed.next().leaseOwner()).isNull();

        flow.afterSeconds(120);
        assertThat(flow.send(REAP)).as("within the grace").isEqualTo(Decision.ignore());
        flow.afterSeconds(1);
        Decision decision = flow.send(REAP);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
        assertThat(Flow.logLines(decision)).singleElement().asString().startsWith("warn: wake-up of stage store");
    }

    @Test
    void a_delivery_clears_the_due_time_so_a_running_stage_is_left_to_its_lease() {
        Flow flow = Flow.of(stage("fetch"), stage("store"));
        flow.pass(0);

        Decision delivered = flow.deliver(1, 1);
        flow.afterSeconds(50);

        assertThat(delivered.next().wakeAt()).isNull();
        assertThat(flow.send(REAP)).as("held under a live lease").isEqualTo(Decision.ignore());
    }

    @Test
    void a_lost_next_chunk_message_is_sent_again_for_the_same_attempt() {
        Flow flow = Flow.of(stage("fetch"), batchStage("post", 0));
        flow.pass(0);
        flow.deliver(1, 1);
        Decision progressed = flow.send(new RunSignal.BatchProgress(1, 1, 10, 30, Map.of()));
        assertThat(progressed.next().wakeAt()).isEqualTo(flow.now());

        flow.afterSeconds(121);
        Decision decision = flow.send(REAP);

        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
    }

    @Test
    void a_lost_resume_message_is_sent_again() {
        Flow flow = Flow.of(stage("fetch"), stage("store"));
        flow.deliver(0, 1);
        flow.send(new RunSignal.PauseRequested());
        flow.complete(0, 1, new StageResult.Passed("ok", Map.of()));
        assertThat(flow.run().status()).isEqualTo(RunStatus.PAUSED);
        flow.afterSeconds(600);
        assertThat(flow.send(REAP)).as("paused runs wait for a person").isEqualTo(Decision.ignore());
        flow.send(new RunSignal.ResumeRequested());

        flow.afterSeconds(121);
        Decision decision = flow.send(REAP);

        assertThat(Flow.effects(decision, Effect.ScheduleStage.class)).containsExactly(Effect.ScheduleStage.now(1, 1));
    }

    @Test
    void graces_are_configurable() {
        Flow flow = Flow.of(stage("fetch"), stage("store"))
                .graces(new ReaperGraces(Duration.ofSeconds(5), Duration.ofSeconds(3)));
        flow.afterSeconds(3);
        assertThat(flow.send(REAP)).isEqualTo(Decision.ignore());
        flow.afterSeconds(1);
        assertThat(flow.send(REAP).outcome()).as("queued grace 3 s").isEqualTo(Decision.Outcome.RESCHEDULED);

        flow.pass(0);
        flow.afterSeconds(5);
        assertThat(flow.send(REAP)).isEqualTo(Decision.ignore());
        flow.afterSeconds(1);
        assertThat(flow.send(REAP).outcome()).as("wake grace 5 s").isEqualTo(Decision.Outcome.RESCHEDULED);
    }

    @Test
    void graces_from_configuration_keep_the_defaults_for_unset_values() {
        assertThat(ReaperGraces.ofSeconds(0, -1)).isEqualTo(ReaperGraces.DEFAULT);
        assertThat(ReaperGraces.ofSeconds(2, 3))
                .isEqualTo(new ReaperGraces(Duration.ofSeconds(2), Duration.ofSeconds(3)));
        assertThat(ReaperGraces.DEFAULT.wake()).isEqualTo(Duration.ofSeconds(120));
        assertThat(ReaperGraces.DEFAULT.queued()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_batch_progress_keeps_the_running_tally_as_the_stage_result() {
        Flow flow = Flow.of(batchStage("post", 0));
        flow.deliver(0, 1);
        Map<String, Object> tally = Map.of("items", 30L, "passed", 9L, "failed", 1L, "errors", List.of("item 2: x"));

        Decision decision = flow.send(new RunSignal.BatchProgress(0, 1, 10, 30, Map.of(), tally));
        Decision done = flow.deliver(0, 1);
        Decision completed = flow.complete(0, 1, new StageResult.Passed(Map.of("items", 30L), Map.of()));

        assertThat(decision.next().current().result()).isEqualTo(tally);
        assertThat(done.next().current().result()).as("kept while the stage runs").isEqualTo(tally);
        assertThat(completed.next().stages().getFirst().itemsDone()).isEqualTo(30);
    }
}
