package dev.sluice.core.schedule;

import com.cronutils.model.time.ExecutionTime;
import dev.sluice.core.error.FieldErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import java.util.Optional;

/**
 * A 5-field Unix cron expression evaluated in a time zone, with EventBridge Scheduler's daylight-saving
 * semantics:
 * <ul>
 *   <li>a local time that does not exist (spring forward) is skipped: {@code 30 2 * * *} in New York does
 *       not fire on 2026-03-08;</li>
 *   <li>a local time that exists twice (fall back) fires once, at its first occurrence: {@code 0 * * * *}
 *       in New York fires at 01:00 EDT on 2026-11-01 but not again at 01:00 EST.</li>
 * </ul>
 * The expression is matched against wall-clock times (cron-utils runs on local date-times presented as
 * UTC, where no transition exists) and each match is then placed in the zone here. cron-utils' own zoned
 * evaluation already skips non-existent times but fires sub-daily schedules twice in a repeated hour, so
 * it is not used.
 */
public final class CronSchedule {

    /** More steps than any transition can hide slots for; a bound, not a tuning knob. */
    private static final int MAX_STEPS = 10_000;

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime execution;

    private CronSchedule(String expression, ZoneId zone, ExecutionTime execution) {
        this.expression = expression;
        this.zone = zone;
        this.execution = execution;
    }

    /**
     * @param cron 5-field Unix cron expression
     * @param zone IANA time zone name; null means UTC
     * @throws dev.sluice.core.error.ValidationException with errors at {@code cron} and/or {@code timezone}
     */
    public static CronSchedule parse(String cron, String zone) {
        FieldErrors errors = new FieldErrors();
        CronSchedule schedule = parse(cron, zone, "cron", "timezone", errors);
        errors.throwIfAny();
        return schedule;
    }

    /** Parses with the given error paths; null after recording the problems. */
    static CronSchedule parse(Object cron, Object zone, String cronPath, String zonePath, FieldErrors errors) {
        ExecutionTime execution = UnixCron.parse(cron, cronPath, errors);
        ZoneId zoneId = TimeZones.parse(zone, zonePath, errors);
        if (execution == null || zoneId == null) {
            return null;
        }
        return new CronSchedule(UnixCron.normalize((String) cron), zoneId, execution);
    }

    /** The expression as given, white space folded. */
    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first fire time strictly after {@code t}; empty only if the expression never fires again. */
    public Optional<Instant> nextAfter(Instant t) {
        ZonedDateTime cursor = wallClock(t);
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<ZonedDateTime> next = execution.nextExecution(cursor);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            cursor = next.get();
            Optional<Instant> at = firstInstant(cursor.toLocalDateTime());
            // a match may lie before t when t is inside a repeated hour: its first occurrence has passed
            if (at.isPresent() && at.get().isAfter(t)) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** The last fire time at or before {@code t}; empty if there is none. */
    public Optional<Instant> latestAtOrBefore(Instant t) {
        ZonedDateTime cursor = wallClock(t).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Instant latest = null;
        for (int step = 0; step < MAX_STEPS && latest == null; step++) {
            Optional<ZonedDateTime> previous = execution.lastExecution(cursor);
            if (previous.isEmpty()) {
                return Optional.empty();
            }
            cursor = previous.get();
            latest = firstInstant(cursor.toLocalDateTime()).filter(at -> !at.isAfter(t)).orElse(null);
        }
        if (latest == null) {
            return Optional.empty();
        }
        // Inside a repeated hour the wall clock lags real time: slots of the first pass later on the
        // wall clock than t may already have fired. Roll forward over them.
        Optional<Instant> next = nextAfter(latest);
        while (next.isPresent() && !next.get().isAfter(t)) {
            latest = next.get();
            next = nextAfter(latest);
        }
        return Optional.of(latest);
    }

    private ZonedDateTime wallClock(Instant t) {
        return LocalDateTime.ofInstant(t, zone).atZone(ZoneOffset.UTC);
    }

    /** When a wall-clock time happens in the zone: never in a gap, the earlier instant in an overlap. */
    private Optional<Instant> firstInstant(LocalDateTime wall) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wall);
        if (transition == null) {
            return Optional.of(wall.toInstant(zone.getRules().getOffset(wall)));
        }
        if (transition.isGap()) {
            return Optional.empty();
        }
        return Optional.of(wall.toInstant(transition.getOffsetBefore()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule other && expression.equals(other.expression) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression, zone);
    }

    @Override
    public String toString() {
        return expression + " (" + zone.getId() + ")";
    }
}
