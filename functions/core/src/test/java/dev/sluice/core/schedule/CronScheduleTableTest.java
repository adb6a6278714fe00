package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Next fire times of a table of 5-field Unix cron expressions, computed by hand. Every row starts from
 * Thursday 2026-01-15T10:17:30Z (no DST transition nearby in any zone used).
 */
class CronScheduleTableTest {

    private static final Instant FROM = Instant.parse("2026-01-15T10:17:30Z");

    @ParameterizedTest(name = "[{0}] in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *         | UTC              | 2026-01-15T10:18:00Z
            */15 * * * *      | UTC              | 2026-01-15T10:30:00Z
            */7 * * * *       | UTC              | 2026-01-15T10:21:00Z
            0 * * * *         | UTC              | 2026-01-15T11:00:00Z
            5-10/2 * * * *    | UTC              | 2026-01-15T11:05:00Z
            20 10 * * *       | UTC              | 2026-01-15T10:20:00Z
            15 10 * * *       | UTC              | 2026-01-16T10:15:00Z
            0 3 * * *         | UTC              | 2026-01-16T03:00:00Z
            1,2,3 4 * * *     | UTC              | 2026-01-16T04:01:00Z
            0 8-17/3 * * *    | UTC              | 2026-01-15T11:00:00Z
            0 12 1,15 * *     | UTC              | 2026-01-15T12:00:00Z
            0 9 * * 1-5       | UTC              | 2026-01-16T09:00:00Z
            0 9 * * MON-FRI   | UTC              | 2026-01-16T09:00:00Z
            0 0 * * 6,0       | UTC              | 2026-01-17T00:00:00Z
            0 0 * * 0         | UTC              | 2026-01-18T00:00:00Z
            0 0 * * 7         | UTC              | 2026-01-18T00:00:00Z
            0 12 * * sun      | UTC              | 2026-01-18T12:00:00Z
            0 0 1 * 1         | UTC              | 2026-01-19T00:00:00Z
            0 0 13 * 5        | UTC              | 2026-01-16T00:00:00Z
            0 0 1-31/10 * *   | UTC              | 2026-01-21T00:00:00Z
            0 0 1 * *         | UTC              | 2026-02-01T00:00:00Z
            0 0 * 2 *         | UTC              | 2026-02-01T00:00:00Z
            59 23 31 12 *     | UTC              | 2026-12-31T23:59:00Z
            0 0 1 1 *         | UTC              | 2027-01-01T00:00:00Z
            0 0 1 JAN *       | UTC              | 2027-01-01T00:00:00Z
            0 0 29 2 *        | UTC              | 2028-02-29T00:00:00Z
            0 3 * * *         | Europe/Amsterdam | 2026-01-16T02:00:00Z
            0 3 * * *         | America/New_York | 2026-01-16T08:00:00Z
            0 9 * * 1-5       | Asia/Tokyo       | 2026-01-16T00:00:00Z
            30 5 * * *        | Asia/Kolkata     | 2026-01-16T00:00:00Z
            0 0 * * *         | Pacific/Auckland | 2026-01-15T11:00:00Z
            """)
    void next_fire_time_matches_the_hand_computed_instant(String cron, String zone, String expected) {
        assertThat(CronSchedule.parse(cron, zone).nextAfter(FROM)).contains(Instant.parse(expected));
    }
}
