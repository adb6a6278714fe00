package dev.sluice.core.schedule;

import static dev.sluice.core.schedule.MaintenanceWindowTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WindowActivityTest {

    @Nested
    class OneOff {

        private final WindowActivity window = activity(body("start", "2026-02-01T22:00:00Z", "end", "2026-02-02T02:00:00Z"));

        @Test
        void is_active_from_start_inclusive_to_end_exclusive() {
            assertThat(window.activeAt(at("2026-02-01T21:59:59Z"))).isFalse();
            assertThat(window.activeAt(at("2026-02-01T22:00:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-02-02T01:59:59Z"))).isTrue();
            assertThat(window.activeAt(at("2026-02-02T02:00:00Z"))).isFalse();
        }
    }

    @Nested
    class ManualOverride {

        private final MaintenanceWindow window = MaintenanceWindow.parse(
                body("start", "2026-02-01T22:00:00Z", "end", "2026-02-02T02:00:00Z"));

        @Test
        void forced_on_is_active_outside_its_period() {
            WindowActivity forcedOn = new WindowActivity(window.withActive(true));
            assertThat(forcedOn.activeAt(at("2026-01-01T00:00:00Z"))).isTrue();
            assertThat(forcedOn.activeAt(at("2027-01-01T00:00:00Z"))).isTrue();
        }

        @Test
        void forced_off_is_inactive_inside_its_period() {
            assertThat(new WindowActivity(window.withActive(false)).activeAt(at("2026-02-01T23:00:00Z"))).isFalse();
        }

        @Test
        void cleared_follows_the_period_again() {
            WindowActivity cleared = new WindowActivity(window.withActive(true).withActive(null));
            assertThat(cleared.activeAt(at("2026-02-01T23:00:00Z"))).isTrue();
            assertThat(cleared.activeAt(at("2026-02-02T03:00:00Z"))).isFalse();
        }

        @Test
        void forced_on_also_overrides_a_recurring_window() {
            MaintenanceWindow recurring = MaintenanceWindow.parse(body("recurring", "0 2 * * *")).withActive(true);
            assertThat(new WindowActivity(recurring).activeAt(at("2026-03-05T12:00:00Z"))).isTrue();
        }
    }

    @Nested
    class Recurring {

        @Test
        void each_occurrence_lasts_end_minus_start() {
            // daily 02:00 UTC for 2 h, from 2026-03-01
            WindowActivity window = activity(body("recurring", "0 2 * * *", "start", "2026-03-01T02:00:00Z",
                    "end", "2026-03-01T04:00:00Z"));
            assertThat(window.activeAt(at("2026-03-05T01:59:59Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-05T02:00:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-05T03:59:59Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-05T04:00:00Z"))).isFalse();
        }

        @Test
        void nothing_is_active_before_start_even_inside_an_occurrence() {
            // daily 02:00 UTC for 1.5 h; start is half way through the 03-10 occurrence
            WindowActivity window = activity(body("recurring", "0 2 * * *", "start", "2026-03-10T02:30:00Z",
                    "end", "2026-03-10T04:00:00Z"));
            assertThat(window.activeAt(at("2026-03-09T02:30:00Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-10T02:10:00Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-10T02:40:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-10T03:30:00Z"))).isFalse();
        }

        @Test
        void occurrences_follow_local_time_across_spring_forward_with_a_real_time_duration() {
            // daily 01:00 Amsterdam for 3 h
            WindowActivity window = activity(body("recurring", "0 1 * * *", "timezone", "Europe/Amsterdam",
                    "start", "2026-03-01T00:00:00Z", "end", "2026-03-01T03:00:00Z"));
            // 03-29: starts 01:00 CET (00:00Z), ends 3 real hours later at 05:00 CEST (03:00Z)
            assertThat(window.activeAt(at("2026-03-28T23:59:59Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-29T00:00:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-29T02:30:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-29T03:00:00Z"))).isFalse();
            // 03-30: starts 01:00 CEST (03-29T23:00Z)
            assertThat(window.activeAt(at("2026-03-29T22:59:59Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-29T23:00:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-30T01:59:59Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-30T02:00:00Z"))).isFalse();
        }

        @Test
        void an_occurrence_whose_local_start_does_not_exist_is_skipped() {
            // daily 02:30 Amsterdam for 1 h: 02:30 does not exist on 03-29
            WindowActivity window = activity(body("recurring", "30 2 * * *", "timezone", "Europe/Amsterdam",
                    "start", "2026-03-01T01:30:00Z", "end", "2026-03-01T02:30:00Z"));
            assertThat(window.activeAt(at("2026-03-28T01:45:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-03-29T00:45:00Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-29T01:15:00Z"))).isFalse();
            assertThat(window.activeAt(at("2026-03-30T00:45:00Z"))).isTrue();
        }

        @Test
        void a_local_start_that_happens_twice_starts_one_occurrence_at_fall_back() {
            // daily 01:30 New York for 1 h: 01:30 EDT (05:30Z) to 01:30 EST (06:30Z); the repeated 01:30 starts nothing
            WindowActivity window = activity(body("recurring", "30 1 * * *", "timezone", "America/New_York",
                    "start", "2026-10-01T05:30:00Z", "end", "2026-10-01T06:30:00Z"));
            assertThat(window.activeAt(at("2026-11-01T05:29:59Z"))).isFalse();
            assertThat(window.activeAt(at("2026-11-01T05:30:00Z"))).isTrue();
            assertThat(window.activeAt(at("2026-11-01T06:29:59Z"))).isTrue();
            assertThat(window.activeAt(at("2026-11-01T06:45:00Z"))).isFalse();
            assertThat(window.activeAt(at("2026-11-02T06:45:00Z"))).isTrue();
        }
    }

    @Nested
    class Blocking {

        private final MaintenanceWindow window = MaintenanceWindow.parse(body("scope", List.of("auto_1"),
                "autonomy_override", "manual_only"));
        private final Instant inside = at("2026-03-01T02:00:00Z");

        @Test
        void an_active_window_blocks_automatic_triggers_of_automations_in_scope() {
            WindowActivity activity = new WindowActivity(window);
            assertThat(activity.blocks("auto_1", TriggerKind.SCHEDULE, false, inside)).isTrue();
            assertThat(activity.blocks("auto_1", TriggerKind.MANUAL, false, inside)).isFalse();
            assertThat(activity.blocks("auto_2", TriggerKind.SCHEDULE, false, inside)).isFalse();
        }

        @Test
        void an_inactive_window_blocks_nothing() {
            assertThat(new WindowActivity(window).blocks("auto_1", TriggerKind.SCHEDULE, false, at("2026-03-01T03:00:00Z")))
                    .isFalse();
            assertThat(new WindowActivity(window.withActive(false)).blocks("auto_1", TriggerKind.EVENT, false, inside))
                    .isFalse();
        }
    }

    private static WindowActivity activity(Object body) {
        return new WindowActivity(MaintenanceWindow.parse(body));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
