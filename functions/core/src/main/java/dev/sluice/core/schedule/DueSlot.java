package dev.sluice.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The slot a scheduler tick should start for one automation, and the {@code next_run_at} to store after it.
 *
 * <p>A schedule is due when its stored {@code next_run_at} is not after now. Only the latest slot that is
 * not after now fires: slots missed while the platform was down are not back-filled. Starts are keyed by
 * {@link #key(String) automation and slot}, so a tick that runs twice (or two overlapping ticks) starts
 * the slot once.
 *
 * @param slot      the scheduled time being fired (not the time of the tick)
 * @param nextRunAt the first slot after now, to store; null if the expression never fires again
 */
public record DueSlot(Instant slot, Instant nextRunAt) {

    public DueSlot {
        Objects.requireNonNull(slot, "slot");
    }

    /**
     * @param schedule  the automation's cron schedule (callers skip disabled schedules)
     * @param nextRunAt the stored next run time; null means none is stored yet, so nothing is due
     * @param now       the tick's time
     * @return the slot to start, or empty when nothing is due yet
     */
    public static Optional<DueSlot> find(CronSchedule schedule, Instant nextRunAt, Instant now) {
        if (nextRunAt == null || nextRunAt.isAfter(now)) {
            return Optional.empty();
        }
        // Normally a slot of the schedule. If it is not (the cron changed and next_run_at was not
        // recomputed), the time that was shown to the user still fires once.
        Instant slot = schedule.latestAtOrBefore(now).filter(latest -> !latest.isBefore(nextRunAt)).orElse(nextRunAt);
        return Optional.of(new DueSlot(slot, schedule.nextAfter(now).orElse(null)));
    }

    /** {@code automationId#slot}, e.g. {@code auto_01J…#2026-03-08T07:00:00Z}: the idempotency key of the start. */
    public String key(String automationId) {
        return key(automationId, slot);
    }

    public static String key(String automationId, Instant slot) {
        return automationId + "#" + slot;
    }
}
