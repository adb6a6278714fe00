package dev.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Effect.ScheduleStage SEND = Effect.ScheduleStage.now(1, 1);

    @Test
    void each_factory_has_its_outcome_and_only_an_applied_decision_writes() {
        assertThat(Decision.ignore().outcome()).isEqualTo(Decision.Outcome.IGNORED);
        assertThat(Decision.ignore().effects()).isEmpty();
        assertThat(Decision.reject("no").outcome()).isEqualTo(Decision.Outcome.REJECTED);
        assertThat(Decision.reject("no").rejection()).isEqualTo("no");
        Decision reschedule = Decision.reschedule(SEND, Effect.Log.warn("again"));
        assertThat(reschedule.outcome()).isEqualTo(Decision.Outcome.RESCHEDULED);
        assertThat(reschedule.next()).isNull();
        assertThat(reschedule.effects()).containsExactly(SEND, Effect.Log.warn("again"));

        assertThat(Decision.Outcome.APPLIED.writesRun()).isTrue();
        assertThat(Decision.Outcome.RESCHEDULED.writesRun()).isFalse();
        assertThat(Decision.Outcome.RESCHEDULED.hasEffects()).isTrue();
        assertThat(Decision.Outcome.IGNORED.hasEffects()).isFalse();
        assertThat(Decision.Outcome.REJECTED.hasEffects()).isFalse();
    }

    @Test
    void a_decision_without_a_new_run_may_only_send_messages_and_log() {
        assertThatThrownBy(() -> new Decision(null, List.of(new Effect.ReleaseLock()), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(null, List.of(Effect.Log.info("only a log")), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(null, List.of(SEND), "rejected"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedule_delays_are_capped_at_the_sqs_maximum() {
        assertThat(Effect.ScheduleStage.capped(0, 1, Duration.ofHours(2)).delay()).isEqualTo(Duration.ofSeconds(900));
        assertThat(Effect.ScheduleStage.capped(0, 1, Duration.ofSeconds(-3)).delay()).isZero();
        assertThat(Effect.ScheduleStage.capped(0, 1, Duration.ofSeconds(30)).delay()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> new Effect.ScheduleStage(0, 1, Duration.ofSeconds(901)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Effect.ScheduleStage(0, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void log_lines_have_a_known_level_and_charges_are_positive() {
        assertThat(Effect.Log.error("x").level()).isEqualTo("error");
        assertThatThrownBy(() -> new Effect.Log("debug", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Effect.ChargeCredits("fetch", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
