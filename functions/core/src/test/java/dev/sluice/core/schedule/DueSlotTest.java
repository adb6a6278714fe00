package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueSlotTest {

    private static final CronSchedule DAILY_3AM_AMSTERDAM = CronSchedule.parse("0 3 * * *", "Europe/Amsterdam");

    @Test
    void nothing_is_due_before_next_run_at() {
        assertThat(DueSlot.find(DAILY_3AM_AMSTERDAM, at("2026-01-16T02:00:00Z"), at("2026-01-16T01:59:59Z"))).isEmpty();
    }

    @Test
    void nothing_is_due_without_a_stored_next_run_at() {
        assertThat(DueSlot.find(DAILY_3AM_AMSTERDAM, null, at("2026-01-16T02:00:00Z"))).isEmpty();
    }

    @Test
    void the_slot_fires_at_next_run_at_and_the_next_one_is_stored() {
        assertThat(DueSlot.find(DAILY_3AM_AMSTERDAM, at("2026-01-16T02:00:00Z"), at("2026-01-16T02:00:40Z")))
                .contains(new DueSlot(at("2026-01-16T02:00:00Z"), at("2026-01-17T02:00:00Z")));
    }

    @Test
    void missed_slots_are_not_back_filled_only_the_latest_fires() {
        // down from the 16th to the 19th 09:00: the 16th, 17th, 18th and 19th slots passed
        assertThat(DueSlot.find(DAILY_3AM_AMSTERDAM, at("2026-01-16T02:00:00Z"), at("2026-01-19T09:00:00Z")))
                .contains(new DueSlot(at("2026-01-19T02:00:00Z"), at("2026-01-20T02:00:00Z")));
    }

    @Test
    void after_a_month_down_every_minute_fires_once_for_the_current_minute() {
        CronSchedule everyMinute = CronSchedule.parse("* * * * *", "UTC");
        assertThat(DueSlot.find(everyMinute, at("2026-01-01T00:00:00Z"), at("2026-02-01T12:34:56Z")))
                .contains(new DueSlot(at("2026-02-01T12:34:00Z"), at("2026-02-01T12:35:00Z")));
    }

    @Test
    void across_fall_back_the_repeated_hour_is_not_a_due_slot() {
        CronSchedule hourly = CronSchedule.parse("0 * * * *", "America/New_York");
        // 01:00 EDT fired late, at 01:30 EST: 01:00 EST is not a slot, so 01:00 EDT is the latest and 02:00 EST next
        assertThat(DueSlot.find(hourly, at("2026-11-01T05:00:00Z"), at("2026-11-01T06:30:00Z")))
                .contains(new DueSlot(at("2026-11-01T05:00:00Z"), at("2026-11-01T07:00:00Z")));
    }

    @Test
    void a_next_run_at_that_is_no_longer_a_slot_fires_once_at_the_time_shown() {
        // stored for 03:00 UTC, but the cron now says 04:00: 03:00 was promised, so it fires, then 04:00 is next
        CronSchedule daily4 = CronSchedule.parse("0 4 * * *", "UTC");
        assertThat(DueSlot.find(daily4, at("2026-01-16T03:00:00Z"), at("2026-01-16T03:00:30Z")))
                .contains(new DueSlot(at("2026-01-16T03:00:00Z"), at("2026-01-16T04:00:00Z")));
    }

    @Test
    void the_slot_key_names_the_automation_and_the_slot() {
        DueSlot due = DueSlot.find(DAILY_3AM_AMSTERDAM, at("2026-01-16T02:00:00Z"), at("2026-01-16T02:00:40Z")).orElseThrow();
        assertThat(due.key("auto_01J0")).isEqualTo("auto_01J0#2026-01-16T02:00:00Z");
    }

    @Test
    void two_ticks_in_the_same_slot_produce_the_same_key() {
        Instant stored = at("2026-01-16T02:00:00Z");
        String first = DueSlot.find(DAILY_3AM_AMSTERDAM, stored, at("2026-01-16T02:00:05Z")).orElseThrow().key("auto_1");
        String retry = DueSlot.find(DAILY_3AM_AMSTERDAM, stored, at("2026-01-16T02:01:05Z")).orElseThrow().key("auto_1");
        assertThat(retry).isEqualTo(first);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
