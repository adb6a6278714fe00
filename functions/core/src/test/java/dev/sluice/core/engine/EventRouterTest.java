package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.catalog;
import static dev.sluice.core.engine.TriggerFixtures.events;
import static dev.sluice.core.engine.TriggerFixtures.withTriggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.event.Event;
import dev.sluice.core.rules.Json;
import dev.sluice.core.run.Run;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRouterTest {

    private final TriggerFixtures.SettableClock clock = new TriggerFixtures.SettableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryRunPorts ports = new InMemoryRunPorts();
    private final InMemoryAutomationStore automations = new InMemoryAutomationStore();
    private final EventRouter router = new EventRouter(automations, new RunStarter(ports, ports, ports, catalog(), clock));

    private static Event event(String id, String team, String type, long amount) {
        return new Event(id, team, type, Map.of("amount", amount), null, Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void every_enabled_listener_whose_rule_holds_starts_once_per_event() {
        automations.create(withTriggers("auto_all", "acme", events(null, "invoice.paid"), null, true));
        automations.create(withTriggers("auto_big", "acme",
                events(Json.parse("{\">\":[{\"var\":\"payload.amount\"},100]}"), "invoice.paid"), null, true));
        automations.create(withTriggers("auto_off", "acme", events(null, "invoice.paid"), null, false));
        automations.create(withTriggers("auto_other", "acme", events(null, "invoice.void"), null, true));
        automations.create(withTriggers("auto_foreign", "globex", events(null, "invoice.paid"), null, true));

        EventRouter.Report small = router.route(event("evt_1", "acme", "invoice.paid", 5));

        assertThat(small).isEqualTo(new EventRouter.Report(3, 1, 1, 0, 0));
        Run run = ports.runs.values().iterator().next();
        assertThat(run.automationId()).isEqualTo("auto_all");
        assertThat(run.trigger()).isEqualTo("event");
        assertThat(run.input()).containsEntry("event_id", "evt_1").containsEntry("type", "invoice.paid");

        assertThat(router.route(event("evt_1", "acme", "invoice.paid", 5)).duplicate())
                .as("a re-delivered event").isEqualTo(1);
        ports.runs.replaceAll((id, r) -> new Run(r.id(), r.teamId(), r.automationId(), r.automationVersion(),
                dev.sluice.core.run.RunStatus.SUCCEEDED, r.trigger(), r.input(), r.context(), r.stages(),
                r.currentStage(), r.version(), false, false, 0, 0, r.createdAt(), null, null, null, null, null, null,
                null));
        EventRouter.Report big = router.route(event("evt_2", "acme", "invoice.paid", 500));
        assertThat(big.started()).isEqualTo(2);
        assertThat(ports.runs).hasSize(3);
    }
}
