package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.stage;

import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.automation.AutomationTriggers;
import dev.sluice.core.automation.TriggerState;
import dev.sluice.core.schedule.ScheduleSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Automations with triggers, and a settable clock, for the scheduler and event tests. */
final class TriggerFixtures {

    private TriggerFixtures() {
    }

    static Automation withTriggers(String id, String team, AutomationTriggers triggers, Instant nextRunAt,
                                   boolean enabled) {
        return new Automation(id, team, "Auto " + id, id.toLowerCase(), "pipeline", null,
                List.of(stage("only", "free", null)), 1, AutomationConfig.DEFAULT, enabled, List.of(), 1,
                Instant.EPOCH, Instant.EPOCH, null, null, triggers, new TriggerState(null, nextRunAt));
    }

    static AutomationTriggers schedule(String cron) {
        return new AutomationTriggers(ScheduleSpec.parse(cron), List.of(), null, null);
    }

    static AutomationTriggers events(Object rule, String... types) {
        return new AutomationTriggers(null, List.of(types), rule, null);
    }

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
