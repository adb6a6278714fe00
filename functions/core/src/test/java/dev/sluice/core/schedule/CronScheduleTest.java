package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    @Test
    void next_is_strictly_after_a_time_that_is_itself_a_slot() {
        CronSchedule every15 = CronSchedule.parse("*/15 * * * *", "UTC");
        assertThat(every15.nextAfter(Instant.parse("2026-01-15T10:30:00Z"))).contains(Instant.parse("2026-01-15T10:45:00Z"));
        assertThat(every15.nextAfter(Instant.parse("2026-01-15T10:29:59.999Z"))).contains(Instant.parse("2026-01-15T10:30:00Z"));
    }

    @Test
    void keeps_the_expression_with_whitespace_folded_and_the_zone() {
        CronSchedule schedule = CronSchedule.parse("  0   3 * *  * ", "Europe/Amsterdam");
        assertThat(schedule.expression()).isEqualTo("0 3 * * *");
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(schedule).isEqualTo(CronSchedule.parse("0 3 * * *", "Europe/Amsterdam"));
    }

    @Test
    void zone_defaults_to_utc_when_absent() {
        assertThat(CronSchedule.parse("0 3 * * *", null).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            60 * * * *        | value 60 not in range [0, 59]
            0 24 * * *        | value 24 not in range [0, 23]
            0 0 0 * *         | value 0 not in range [1, 31]
            0 0 * 13 *        | value 13 not in range [1, 12]
            0 0 * * 8         | value 8 not in range [0, 7]
            * * *             | must have 5 fields (minute hour day-of-month month day-of-week), got 3
            0 0 3 * * *       | must have 5 fields (minute hour day-of-month month day-of-week), got 6
            @daily            | must have 5 fields (minute hour day-of-month month day-of-week), got 1
            0 0 ? * *         | invalid expression: ?
            0 0 L * *         | invalid chars in expression! Expression: L Invalid chars: L
            0 0 30 2 *        | never fires
            0 0 31 4 *        | never fires
            """)
    void an_invalid_cron_is_a_field_error_at_cron(String cron, String message) {
        assertThatThrownBy(() -> CronSchedule.parse(cron, "UTC"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.path()).isEqualTo("cron");
                        assertThat(error.message()).contains(message);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_cron_is_required(String cron) {
        assertThatThrownBy(() -> CronSchedule.parse(cron, "UTC"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("path", "message").containsExactly(tuple("cron", "is required")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "europe/amsterdam", "+02:00", "GMT+2", "CEST", ""})
    void an_unknown_zone_is_a_field_error_at_timezone(String zone) {
        assertThatThrownBy(() -> CronSchedule.parse("0 3 * * *", zone))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.path()).isEqualTo("timezone");
                        assertThat(error.message()).startsWith("unknown time zone");
                    });
                });
    }

    @Test
    void a_bad_cron_and_a_bad_zone_are_reported_together() {
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *", "Nowhere/Town"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("path").containsExactly("cron", "timezone"));
    }

    @Test
    void latest_at_or_before_includes_a_slot_equal_to_the_time() {
        CronSchedule every15 = CronSchedule.parse("*/15 * * * *", "UTC");
        assertThat(every15.latestAtOrBefore(Instant.parse("2026-01-15T10:30:00Z"))).contains(Instant.parse("2026-01-15T10:30:00Z"));
        assertThat(every15.latestAtOrBefore(Instant.parse("2026-01-15T10:44:59Z"))).contains(Instant.parse("2026-01-15T10:30:00Z"));
    }

    @Test
    void latest_at_or_before_inside_the_repeated_hour_is_the_last_first_pass_slot() {
        CronSchedule every15 = CronSchedule.parse("*/15 * * * *", "America/New_York");
        // 06:20Z is 01:20 EST, the second pass; slots of the first pass ran until 01:45 EDT = 05:45Z
        assertThat(every15.latestAtOrBefore(Instant.parse("2026-11-01T06:20:00Z"))).contains(Instant.parse("2026-11-01T05:45:00Z"));
    }

    @Test
    void latest_at_or_before_skips_a_slot_that_fell_in_the_gap() {
        CronSchedule daily = CronSchedule.parse("30 2 * * *", "Europe/Amsterdam");
        assertThat(daily.latestAtOrBefore(Instant.parse("2026-03-29T12:00:00Z"))).contains(Instant.parse("2026-03-28T01:30:00Z"));
    }

    /**
     * Whatever the zone and time, the latest slot at or before t is a slot (the next after a second
     * before it), is not after t, and the slot after it is after t.
     */
    @Test
    void latest_at_or_before_agrees_with_next_after_around_all_four_transitions() {
        List<String> crons = List.of("* * * * *", "*/15 * * * *", "0 * * * *", "30 * * * *", "30 1 * * *", "30 2 * * *",
                "0 2 * * 0", "7 1-3 * * *", "0 0 1 * *");
        List<String> zones = List.of("America/New_York", "Europe/Amsterdam", "UTC");
        List<Instant> centres = List.of(Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"),
                Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
        Random random = new Random(42);
        for (String cron : crons) {
            for (String zone : zones) {
                CronSchedule schedule = CronSchedule.parse(cron, zone);
                for (Instant centre : centres) {
                    for (int i = 0; i < 40; i++) {
                        Instant t = centre.plusSeconds(random.nextInt(6 * 3600) - 3 * 3600);
                        Instant latest = schedule.latestAtOrBefore(t).orElseThrow();
                        String where = cron + " in " + zone + " at " + t;
                        assertThat(latest).as(where).isBeforeOrEqualTo(t);
                        assertThat(schedule.nextAfter(latest.minusSeconds(1))).as(where).contains(latest);
                        assertThat(schedule.nextAfter(latest).orElseThrow()).as(where).isAfter(t);
                    }
                }
            }
        }
    }

    @Test
    void next_after_is_cheap_enough_for_every_tick() {
        CronSchedule schedule = CronSchedule.parse("*/15 * * * *", "Europe/Amsterdam");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            t = schedule.nextAfter(t).orElseThrow();
        }
        // no fall-back transition in those 104 days, so every step is 15 real minutes
        assertThat(t).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(15L * 10_000)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
