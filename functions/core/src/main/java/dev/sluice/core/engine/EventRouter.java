package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.PaymentRequiredException;
import dev.sluice.core.event.Event;
import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Duration;

/**
 * Turns one event into runs: every enabled automation of the tenant that lists the event's type in
 * {@code triggers.events} and whose optional {@code rule} is truthy over {@code {type, payload}} is started with
 * the event as input. Starts are keyed by the event id, so a re-delivered event starts nothing twice. An
 * automation that cannot start now (lock held, maintenance window, no credits) is passed over, not retried.
 */
public final class EventRouter {

    static final Duration EVENT_KEY_TTL = Duration.ofHours(24);
    private static final System.Logger LOG = System.getLogger(EventRouter.class.getName());

    private final AutomationStore automations;
    private final RunStarter starter;

    public EventRouter(AutomationStore automations, RunStarter starter) {
        this.automations = automations;
        this.starter = starter;
    }

    /** What became of one event. */
    public record Report(int listening, int matched, int started, int duplicate, int passedOver) {
    }

    public Report route(Event event) {
        int listening = 0;
        int matched = 0;
        int started = 0;
        int duplicate = 0;
        int passedOver = 0;
        for (Automation automation : automations.listeningTo(new TeamId(event.teamId()), event.type())) {
            listening++;
            if (!automation.enabled() || !matches(automation, event)) {
                continue;
            }
            matched++;
            try {
                starter.start(automation, RunTrigger.keyed(TriggerKind.EVENT, "event:" + event.id(), EVENT_KEY_TTL),
                        event.runInput());
                started++;
            } catch (DuplicateStartException again) {
                duplicate++;
            } catch (ConflictException | PaymentRequiredException e) {
                passedOver++;
                LOG.log(System.Logger.Level.WARNING, "event " + event.id() + " did not start " + automation.id() + ": "
                        + e.getMessage());
            }
        }
        return new Report(listening, matched, started, duplicate, passedOver);
    }

    private static boolean matches(Automation automation, Event event) {
        Object rule = automation.triggers().eventRule();
        if (rule == null) {
            return true;
        }
        try {
            return Rules.truthy(Rules.evaluate(rule, event.ruleData()));
        } catch (RuleException e) {
            LOG.log(System.Logger.Level.WARNING, "rule of " + automation.id() + " failed on event " + event.id() + ": "
                    + e.getMessage());
            return false;
        }
    }
}
