package dev.sluice.core.run;

import static dev.sluice.core.run.TestStages.stage;
import static dev.sluice.core.run.TestStages.waitStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_new_run_is_queued_with_every_stage_pending_and_schedules_the_first_stage() {
        Decision created = Runs.create("run_1", "team_1", "auto_1", 7, "webhook", Map.of("x", 1),
                List.of(stage("fetch"), waitStage("pause")), 40, NOW);

        Run run = created.next();
        assertThat(created.outcome()).isEqualTo(Decision.Outcome.APPLIED);
        assertThat(created.effects()).containsExactly(Effect.ScheduleStage.now(0, 1));
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.version()).isEqualTo(1);
        assertThat(run.currentStage()).isZero();
        assertThat(run.stages()).containsExactly(StageState.pending("fetch", "transform"),
                StageState.pending("pause", "wait"));
        assertThat(run.input()).containsEntry("x", 1);
        assertThat(run.context()).isEmpty();
        assertThat(run.creditsEstimated()).isEqualTo(40);
        assertThat(run.creditsUsed()).isZero();
        assertThat(run.createdAt()).isEqualTo(NOW);
        assertThat(run.startedAt()).isNull();
        assertThat(run.leaseOwner()).isNull();
        assertThat(run.automationVersion()).isEqualTo(7);
        assertThat(run.trigger()).isEqualTo("webhook");
    }

    @Test
    void a_run_needs_at_least_one_stage() {
        assertThatThrownBy(() -> Runs.create("run_1", "team_1", "auto_1", 1, "manual", Map.of(), List.of(), 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
