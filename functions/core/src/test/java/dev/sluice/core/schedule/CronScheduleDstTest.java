package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * EventBridge Scheduler semantics: a local time that does not exist (spring forward) is skipped; a local
 * time that exists twice (fall back) fires once, at its first occurrence. Expected instants are hand
 * computed. America/New_York: 2026-03-08 02:00 EST → 03:00 EDT (07:00Z); 2026-11-01 02:00 EDT → 01:00
 * EST (06:00Z). Europe/Amsterdam: 2026-03-29 02:00 CET → 03:00 CEST (01:00Z); 2026-10-25 03:00 CEST →
 * 02:00 CET (01:00Z).
 */
class CronScheduleDstTest {

    private static final String NEW_YORK = "America/New_York";
    private static final String AMSTERDAM = "Europe/Amsterdam";

    @Nested
    class NewYorkSpringForward {

        @Test
        void spring_forward_local_time_that_does_not_exist_is_skipped() {
            assertThat(fires("30 2 * * *", NEW_YORK, "2026-03-06T12:00:00Z", 3)).containsExactly(
                    "2026-03-07T07:30:00Z", // 02:30 EST
                    "2026-03-09T06:30:00Z", // 03-08 02:30 does not exist
                    "2026-03-10T06:30:00Z");
        }

        @Test
        void hourly_goes_from_one_to_three_local_an_hour_apart() {
            assertThat(fires("0 * * * *", NEW_YORK, "2026-03-08T05:30:00Z", 3)).containsExactly(
                    "2026-03-08T06:00:00Z", // 01:00 EST
                    "2026-03-08T07:00:00Z", // 03:00 EDT
                    "2026-03-08T08:00:00Z");
        }

        @Test
        void every_fifteen_minutes_skips_the_missing_hour() {
            assertThat(fires("*/15 * * * *", NEW_YORK, "2026-03-08T06:40:00Z", 3)).containsExactly(
                    "2026-03-08T06:45:00Z", // 01:45 EST
                    "2026-03-08T07:00:00Z", // 03:00 EDT
                    "2026-03-08T07:15:00Z");
        }

        @Test
        void half_past_every_hour_skips_two_thirty() {
            assertThat(fires("30 * * * *", NEW_YORK, "2026-03-08T06:00:00Z", 2)).containsExactly(
                    "2026-03-08T06:30:00Z", // 01:30 EST
                    "2026-03-08T07:30:00Z"); // 03:30 EDT
        }

        @Test
        void a_weekly_slot_in_the_gap_waits_a_week() {
            assertThat(fires("30 2 * * 0", NEW_YORK, "2026-03-02T00:00:00Z", 1)).containsExactly(
                    "2026-03-15T06:30:00Z");
        }
    }

    @Nested
    class NewYorkFallBack {

        @Test
        void fall_back_ambiguous_local_time_runs_once_at_its_first_occurrence() {
            assertThat(fires("30 1 * * *", NEW_YORK, "2026-10-31T12:00:00Z", 2)).containsExactly(
                    "2026-11-01T05:30:00Z", // 01:30 EDT; 01:30 EST (06:30Z) does not fire
                    "2026-11-02T06:30:00Z");
        }

        @Test
        void daily_two_thirty_is_not_ambiguous_and_moves_to_standard_time() {
            assertThat(fires("30 2 * * *", NEW_YORK, "2026-10-31T12:00:00Z", 2)).containsExactly(
                    "2026-11-01T07:30:00Z",
                    "2026-11-02T07:30:00Z");
        }

        @Test
        void hourly_does_not_repeat_the_one_oclock_slot() {
            assertThat(fires("0 * * * *", NEW_YORK, "2026-11-01T04:30:00Z", 3)).containsExactly(
                    "2026-11-01T05:00:00Z", // 01:00 EDT
                    "2026-11-01T07:00:00Z", // 02:00 EST; 01:00 EST (06:00Z) is the repeat
                    "2026-11-01T08:00:00Z");
        }

        @Test
        void every_fifteen_minutes_does_not_repeat_the_hour() {
            assertThat(fires("*/15 * * * *", NEW_YORK, "2026-11-01T05:40:00Z", 2)).containsExactly(
                    "2026-11-01T05:45:00Z", // 01:45 EDT
                    "2026-11-01T07:00:00Z"); // 02:00 EST
        }

        @Test
        void from_inside_the_repeated_hour_the_next_slot_is_after_it() {
            assertThat(CronSchedule.parse("*/15 * * * *", NEW_YORK).nextAfter(Instant.parse("2026-11-01T06:10:00Z")))
                    .contains(Instant.parse("2026-11-01T07:00:00Z"));
        }
    }

    @Nested
    class AmsterdamSpringForward {

        @Test
        void spring_forward_local_time_that_does_not_exist_is_skipped() {
            assertThat(fires("30 2 * * *", AMSTERDAM, "2026-03-27T12:00:00Z", 3)).containsExactly(
                    "2026-03-28T01:30:00Z", // 02:30 CET
                    "2026-03-30T00:30:00Z", // 03-29 02:30 does not exist
                    "2026-03-31T00:30:00Z");
        }

        @Test
        void hourly_goes_from_one_to_three_local_an_hour_apart() {
            assertThat(fires("0 * * * *", AMSTERDAM, "2026-03-28T23:30:00Z", 3)).containsExactly(
                    "2026-03-29T00:00:00Z", // 01:00 CET
                    "2026-03-29T01:00:00Z", // 03:00 CEST
                    "2026-03-29T02:00:00Z");
        }

        @Test
        void every_fifteen_minutes_skips_the_missing_hour() {
            assertThat(fires("*/15 * * * *", AMSTERDAM, "2026-03-29T00:40:00Z", 3)).containsExactly(
                    "2026-03-29T00:45:00Z",
                    "2026-03-29T01:00:00Z",
                    "2026-03-29T01:15:00Z");
        }
    }

    @Nested
    class AmsterdamFallBack {

        @Test
        void fall_back_ambiguous_local_time_runs_once_at_its_first_occurrence() {
            assertThat(fires("30 2 * * *", AMSTERDAM, "2026-10-24T12:00:00Z", 2)).containsExactly(
                    "2026-10-25T00:30:00Z", // 02:30 CEST; 02:30 CET (01:30Z) does not fire
                    "2026-10-26T01:30:00Z");
        }

        @Test
        void hourly_does_not_repeat_the_two_oclock_slot() {
            assertThat(fires("0 * * * *", AMSTERDAM, "2026-10-24T23:30:00Z", 3)).containsExactly(
                    "2026-10-25T00:00:00Z", // 02:00 CEST
                    "2026-10-25T02:00:00Z", // 03:00 CET; 02:00 CET (01:00Z) is the repeat
                    "2026-10-25T03:00:00Z");
        }

        @Test
        void every_fifteen_minutes_does_not_repeat_the_hour() {
            assertThat(fires("*/15 * * * *", AMSTERDAM, "2026-10-25T00:40:00Z", 2)).containsExactly(
                    "2026-10-25T00:45:00Z",
                    "2026-10-25T02:00:00Z");
        }

        @Test
        void from_inside_the_repeated_hour_the_next_slot_is_after_it() {
            assertThat(CronSchedule.parse("*/15 * * * *", AMSTERDAM).nextAfter(Instant.parse("2026-10-25T01:10:00Z")))
                    .contains(Instant.parse("2026-10-25T02:00:00Z"));
        }
    }

    /** The first {@code count} fire times after {@code from}, each found from the previous one. */
    static List<String> fires(String cron, String zone, String from, int count) {
        CronSchedule schedule = CronSchedule.parse(cron, zone);
        List<String> out = new ArrayList<>();
        Instant t = Instant.parse(from);
        for (int i = 0; i < count; i++) {
            t = schedule.nextAfter(t).orElseThrow();
            out.add(t.toString());
        }
        return out;
    }
}
