package dev.sluice.core.schedule;

import java.time.Instant;

/**
 * Whether a {@link MaintenanceWindow} is in force at a given time:
 * <ol>
 *   <li>a manual override ({@code active} true or false) wins;</li>
 *   <li>nothing is active before {@code start};</li>
 *   <li>one-off: active in {@code [start, end)};</li>
 *   <li>recurring: active in {@code [o, o + (end - start))} for the latest occurrence start {@code o} at or
 *       before now. Occurrences follow {@link CronSchedule}'s daylight-saving rules: one whose local start
 *       time does not exist that day is skipped, one whose local start exists twice starts at the first;
 *       the duration is real time.</li>
 * </ol>
 */
public final class WindowActivity {

    private final MaintenanceWindow window;

    public WindowActivity(MaintenanceWindow window) {
        this.window = window;
    }

    public boolean activeAt(Instant now) {
        if (window.active() != null) {
            return window.active();
        }
        if (now.isBefore(window.start())) {
            return false;
        }
        if (window.recurring() == null) {
            return now.isBefore(window.end());
        }
        return window.recurring().latestAtOrBefore(now)
                .map(occurrence -> now.isBefore(occurrence.plus(window.duration())))
                .orElse(false);
    }

    /** Whether this window, if active now, holds back a run of {@code automationId} with this trigger. */
    public boolean blocks(String automationId, TriggerKind kind, boolean adminForce, Instant now) {
        return window.appliesTo(automationId) && window.autonomyOverride().blocksTrigger(kind, adminForce)
                && activeAt(now);
    }
}
