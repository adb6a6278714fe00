package dev.sluice.core.engine;

import static dev.sluice.core.engine.EngineFixtures.automation;
import static dev.sluice.core.engine.EngineFixtures.catalog;
import static dev.sluice.core.engine.EngineFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.rules.Json;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.schedule.MaintenanceGate;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunStarterGateTest {

    private final TriggerFixtures.SettableClock clock = new TriggerFixtures.SettableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryRunPorts ports = new InMemoryRunPorts();
    private final List<StoredWindow> windows = new ArrayList<>();
    private final RunStarter starter = new RunStarter(ports, ports, ports, catalog(), clock,
            new MaintenanceGate(new MaintenanceWindowStore() {
                @Override
                public void create(StoredWindow window) {
                }

                @Override
                public Optional<StoredWindow> find(TeamId team, String id) {
                    return Optional.empty();
                }

                @Override
                public List<StoredWindow> all(TeamId team) {
                    return windows.stream().filter(w -> w.teamId().equals(team.value())).toList();
                }

                @Override
                public void update(StoredWindow previous, StoredWindow updated) {
                }

                @Override
                public boolean delete(StoredWindow window) {
                    return false;
                }
            }));
    private final Automation automation = automation(List.of(stage("only", "free", null)));

    private void window(String override) {
        MaintenanceWindow w = MaintenanceWindow.parse(Json.parse("{\"name\":\"Upgrade\",\"start\":\"2026-12-01T09:00:00Z\","
                + "\"end\":\"2026-12-01T11:00:00Z\",\"autonomy_override\":\"" + override + "\"}"));
        windows.add(new StoredWindow("mw_1", "acme", w, 1, clock.instant(), clock.instant()));
    }

    @Test
    void manual_only_lets_people_start_and_holds_back_schedules_with_a_skipped_run_in_the_history() {
        window("manual_only");
        assertThat(starter.start(automation, RunTrigger.manual(false), Map.of()).status()).isEqualTo(RunStatus.QUEUED);

        assertThatThrownBy(() -> starter.start(automation, RunTrigger.keyed(TriggerKind.SCHEDULE, "slot:x",
                Duration.ofDays(1)), Map.of()))
                .isInstanceOfSatisfying(SuppressedStartException.class, e -> {
                    assertThat(e.getMessage()).contains("'Upgrade'").contains("manual_only");
                    Run skipped = ports.runs.get(e.skippedRunId());
                    assertThat(skipped.status()).isEqualTo(RunStatus.SKIPPED);
                    assertThat(skipped.trigger()).isEqualTo("schedule");
                    assertThat(skipped.error()).contains("Upgrade");
                });
        assertThat(ports.sent).hasSize(1);
    }

    @Test
    void disabled_holds_back_manual_runs_unless_an_admin_forces_them() {
        window("disabled");
        assertThatThrownBy(() -> starter.start(automation, RunTrigger.manual(false), Map.of()))
                .isInstanceOf(SuppressedStartException.class).hasMessageContaining("force=true");

        Run forced = starter.start(automation, RunTrigger.manual(true), Map.of());

        assertThat(forced.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(ports.runs.values()).extracting(Run::status).containsExactly(RunStatus.SKIPPED, RunStatus.QUEUED);
    }

    @Test
    void a_start_key_starts_once_and_names_the_first_run() {
        Run first = starter.start(automation, RunTrigger.keyed(TriggerKind.WEBHOOK, "webhook:abc", Duration.ofHours(24)),
                Map.of());
        ports.runs.put(first.id(), new Run(first.id(), first.teamId(), first.automationId(), first.automationVersion(),
                RunStatus.SUCCEEDED, first.trigger(), first.input(), first.context(), first.stages(), 1, 2, false, false,
                0, 0, first.createdAt(), null, null, null, null, null, null, null));

        assertThatThrownBy(() -> starter.start(automation, RunTrigger.keyed(TriggerKind.WEBHOOK, "webhook:abc",
                Duration.ofHours(24)), Map.of()))
                .isInstanceOfSatisfying(DuplicateStartException.class,
                        e -> assertThat(e.existingRunId()).isEqualTo(first.id()));
    }
}
