package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.failed;
import static dev.sluice.core.stage.TestInvocation.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.error.ValidationException.FieldError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitStageExecutorTest {

    private final WaitStageExecutor wait = new WaitStageExecutor();

    private StageResult run(String params) {
        return wait.execute(TestInvocation.params(params).build());
    }

    @Test
    void wait_returns_the_duration_of_its_unit() {
        assertThat(run("{\"seconds\": 90}")).isEqualTo(new StageResult.Wait(Duration.ofSeconds(90)));
        assertThat(run("{\"minutes\": 1.5}")).isEqualTo(new StageResult.Wait(Duration.ofSeconds(90)));
        assertThat(run("{\"hours\": 2}")).isEqualTo(new StageResult.Wait(Duration.ofHours(2)));
        assertThat(run("{\"days\": 365}")).isEqualTo(new StageResult.Wait(Duration.ofDays(365)));
    }

    @Test
    void wait_needs_exactly_one_unit() {
        assertThat(wait.schema().validate("p", map("{}")))
                .containsExactly(new FieldError("p", "exactly one of seconds, minutes, hours, days is required"));
        assertThat(wait.schema().validate("p", map("{\"seconds\": 5, \"minutes\": 1}")))
                .containsExactly(new FieldError("p", "exactly one of seconds, minutes, hours, days is required"));
    }

    @Test
    void wait_units_are_positive_and_seconds_whole() {
        assertThat(wait.schema().validate("p", map("{\"seconds\": 1.5}")))
                .containsExactly(new FieldError("p.seconds", "must be an integer"));
        assertThat(wait.schema().validate("p", map("{\"minutes\": -1}")))
                .containsExactly(new FieldError("p.minutes", "must be greater than 0"));
        assertThat(wait.schema().validate("p", map("{\"days\": \"2\"}")))
                .containsExactly(new FieldError("p.days", "must be a number"));
    }

    @Test
    void wait_is_between_one_second_and_365_days() {
        assertThat(wait.schema().validate("p", map("{\"minutes\": 0.01}")))
                .containsExactly(new FieldError("p", "the wait must be at least 1 second"));
        assertThat(wait.schema().validate("p", map("{\"days\": 365.5}")))
                .containsExactly(new FieldError("p", "the wait must be at most 365 days"));
        assertThat(wait.schema().validate("p", map("{\"hours\": 8761}")))
                .containsExactly(new FieldError("p", "the wait must be at most 365 days"));
        assertThat(wait.schema().validate("p", map("{\"seconds\": 1}"))).isEmpty();
    }

    @Test
    void wait_with_invalid_params_fails_without_retry() {
        StageResult.Failed failed = failed(run("{\"weeks\": 1}"));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).contains("params.weeks unknown parameter");
    }
}
