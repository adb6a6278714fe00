package dev.sluice.core.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteWindowTest {

    @Test
    void a_window_is_the_utc_minute_holding_the_instant() {
        MinuteWindow window = MinuteWindow.of(Instant.parse("2026-12-01T10:15:42.250Z"));
        assertThat(window.start()).isEqualTo(Instant.parse("2026-12-01T10:15:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-12-01T10:16:00Z"));
        assertThat(window.epochMinute()).isEqualTo(Instant.parse("2026-12-01T10:15:00Z").getEpochSecond() / 60);
    }

    @Test
    void the_first_instant_of_a_minute_opens_a_new_window() {
        assertThat(MinuteWindow.of(Instant.parse("2026-12-01T10:16:00Z")))
                .isNotEqualTo(MinuteWindow.of(Instant.parse("2026-12-01T10:15:59.999Z")));
    }

    @Test
    void seconds_left_round_up_and_are_at_least_one() {
        Instant now = Instant.parse("2026-12-01T10:15:42.250Z");
        assertThat(MinuteWindow.of(now).secondsLeft(now)).isEqualTo(18);
        Instant start = Instant.parse("2026-12-01T10:15:00Z");
        assertThat(MinuteWindow.of(start).secondsLeft(start)).isEqualTo(60);
        Instant last = Instant.parse("2026-12-01T10:15:59.999Z");
        assertThat(MinuteWindow.of(last).secondsLeft(last)).isEqualTo(1);
    }

    @Test
    void instants_before_the_epoch_fall_in_their_own_minute() {
        MinuteWindow window = MinuteWindow.of(Instant.parse("1969-12-31T23:59:30Z"));
        assertThat(window.start()).isEqualTo(Instant.parse("1969-12-31T23:59:00Z"));
    }
}
