package dev.sluice.aws.engine;

import dev.sluice.core.engine.CreditStore;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.engine.EventRouter;
import dev.sluice.core.engine.RunStarter;
import dev.sluice.core.engine.ScheduledStartsJob;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.engine.StageQueue;
import dev.sluice.core.schedule.MaintenanceGate;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.stage.StageCatalog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The core {@link RunStarter} wired to this function's adapters; shared by the api, hooks and scheduler. */
@Factory
public class RunStarterFactory {

    /** Maintenance windows hold starts back where a window store exists (every function that starts runs). */
    @Singleton
    RunStarter runStarter(RunStore runs, CreditStore credits, StageQueue queue, StageCatalog catalog, Clock clock,
                          @Nullable MaintenanceWindowStore windows) {
        return new RunStarter(runs, credits, queue, catalog, clock, new MaintenanceGate(windows));
    }

    /** The worker's event consumer. */
    @Singleton
    EventRouter eventRouter(AutomationStore automations, RunStarter starter) {
        return new EventRouter(automations, starter);
    }

    /** The scheduler's cron tick. */
    @Singleton
    ScheduledStartsJob scheduledStartsJob(AutomationStore automations, RunStarter starter, Clock clock) {
        return new ScheduledStartsJob(automations, starter, clock);
    }
}
