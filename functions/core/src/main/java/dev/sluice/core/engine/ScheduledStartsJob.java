package dev.sluice.core.engine;

import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.PaymentRequiredException;
import dev.sluice.core.schedule.DueSlot;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One scheduler tick for cron schedules: every enabled automation whose {@code next_run_at} has come (read from
 * the due index, no scan) gets its latest due slot started, keyed by automation and slot so a repeated or
 * overlapping tick starts it once, and then its {@code next_run_at} moved to the first slot after now (missed
 * older slots are not back-filled). A slot that cannot start (a maintenance window, the previous run still
 * holding the lock, no credits) is passed over and leaves a {@code skipped} run saying why in the history.
 */
public final class ScheduledStartsJob {

    /** Most automations one tick starts; the rest are due still and go in the next tick. */
    static final int MAX_PER_TICK = 200;
    /** How long a slot's start key holds: far longer than any tick can be late. */
    static final Duration SLOT_KEY_TTL = Duration.ofDays(2);

    private static final System.Logger LOG = System.getLogger(ScheduledStartsJob.class.getName());

    private final AutomationStore automations;
    private final RunStarter starter;
    private final Clock clock;

    public ScheduledStartsJob(AutomationStore automations, RunStarter starter, Clock clock) {
        this.automations = automations;
        this.starter = starter;
        this.clock = clock;
    }

    /** What one tick did, by outcome. */
    public record Report(int due, int started, int duplicate, int passedOver, int errors) {
    }

    public Report run() {
        Instant now = clock.instant();
        int due = 0;
        int started = 0;
        int duplicate = 0;
        int passedOver = 0;
        int errors = 0;
        for (Automation automation : automations.due(now, MAX_PER_TICK)) {
            if (!automation.triggers().scheduled()) {
                continue;
            }
            Optional<DueSlot> slot = DueSlot.find(automation.triggers().schedule().cron(),
                    automation.state().nextRunAt(), now);
            if (slot.isEmpty()) {
                continue;
            }
            due++;
            try {
                switch (start(automation, slot.get())) {
                    case STARTED -> started++;
                    case DUPLICATE -> duplicate++;
                    case PASSED_OVER -> passedOver++;
                }
                advance(automation, slot.get(), now);
            } catch (RuntimeException e) {
                errors++;
                LOG.log(System.Logger.Level.ERROR, "scheduled start of " + automation.id() + " failed", e);
            }
        }
        return new Report(due, started, duplicate, passedOver, errors);
    }

    private enum Outcome { STARTED, DUPLICATE, PASSED_OVER }

    private Outcome start(Automation automation, DueSlot slot) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("scheduled_for", slot.slot().toString());
        RunTrigger trigger = RunTrigger.keyed(TriggerKind.SCHEDULE, "slot:" + slot.slot(), SLOT_KEY_TTL);
        try {
            starter.start(automation, trigger, input);
            return Outcome.STARTED;
        } catch (DuplicateStartException e) {
            return Outcome.DUPLICATE;
        } catch (SuppressedStartException e) {
            return Outcome.PASSED_OVER; // the starter recorded the skipped run, naming the window
        } catch (ConflictException | PaymentRequiredException e) {
            // the previous run still holds the lock, or too few credits: say so where users look
            LOG.log(System.Logger.Level.WARNING, "slot " + slot.slot() + " of " + automation.id() + " passed over: "
                    + e.getMessage());
            starter.recordSkipped(automation, trigger, input, "skipped: " + e.getMessage());
            return Outcome.PASSED_OVER;
        }
    }

    /** Moves {@code next_run_at} on; another writer winning the race (an edit, another tick) is fine. */
    private void advance(Automation automation, DueSlot slot, Instant now) {
        try {
            automations.update(automation, automation.withNextRunAt(slot.nextRunAt(), now));
        } catch (ConflictException movedOn) {
            // the automation changed meanwhile; the next tick reads it afresh (and the slot key holds)
        }
    }
}
