package dev.sluice.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 22, 13, 37, 12, 0, ZoneOffset.UTC);

    @Test
    void rate_fires_on_whole_periods() {
        assertThat(ScheduleExpression.parse("rate(1 minute)").nextAfter(AT)).isEqualTo(AT.withMinute(38).withSecond(0));
        assertThat(ScheduleExpression.parse("rate(5 minutes)").nextAfter(AT)).isEqualTo(AT.withMinute(40).withSecond(0));
        assertThat(ScheduleExpression.parse("rate(1 hour)").nextAfter(AT)).isEqualTo(AT.withHour(14).withMinute(0).withSecond(0));
        assertThat(ScheduleExpression.parse("rate(1 day)").nextAfter(AT))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void eventbridge_cron_has_six_fields_and_question_marks() {
        assertThat(ScheduleExpression.parse("cron(0 3 * * ? *)").nextAfter(AT))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 3, 0, 0, 0, ZoneOffset.UTC));
        // 2026-11-22 is a Sunday; MON-FRI at 09:15 → Monday the 23rd.
        assertThat(ScheduleExpression.parse("cron(15 9 ? * MON-FRI *)").nextAfter(AT))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 9, 15, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void anything_else_is_refused_with_the_accepted_forms() {
        assertThatThrownBy(() -> ScheduleExpression.parse("every 5 minutes")).hasMessageContaining("rate(");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(0 minutes)")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 3 * * *)")).isInstanceOf(IllegalArgumentException.class);
    }
}
