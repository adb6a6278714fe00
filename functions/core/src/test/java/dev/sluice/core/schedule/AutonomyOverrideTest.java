package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutonomyOverrideTest {

    @ParameterizedTest(name = "{0} {1} force={2} → blocked={3}")
    @CsvSource(textBlock = """
            MANUAL_ONLY, MANUAL,   false, false
            MANUAL_ONLY, MANUAL,   true,  false
            MANUAL_ONLY, SCHEDULE, false, true
            MANUAL_ONLY, SCHEDULE, true,  true
            MANUAL_ONLY, WEBHOOK,  false, true
            MANUAL_ONLY, EVENT,    false, true
            DISABLED,    MANUAL,   false, true
            DISABLED,    MANUAL,   true,  false
            DISABLED,    SCHEDULE, false, true
            DISABLED,    SCHEDULE, true,  true
            DISABLED,    WEBHOOK,  true,  true
            DISABLED,    EVENT,    false, true
            DISABLED,    EVENT,    true,  true
            """)
    void manual_only_holds_back_automatic_triggers_and_disabled_all_but_a_forced_admin_run(
            AutonomyOverride override, TriggerKind kind, boolean adminForce, boolean blocked) {
        assertThat(override.blocksTrigger(kind, adminForce)).isEqualTo(blocked);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            disabled,    DISABLED
            manual_only, MANUAL_ONLY
            """)
    void wire_names_are_snake_case(String wire, AutonomyOverride override) {
        assertThat(AutonomyOverride.fromWire(wire)).contains(override);
        assertThat(override.wireName()).isEqualTo(wire);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            manual,   MANUAL
            schedule, SCHEDULE
            webhook,  WEBHOOK
            event,    EVENT
            """)
    void trigger_kinds_round_trip_their_wire_names(String wire, TriggerKind kind) {
        assertThat(TriggerKind.fromWire(wire)).isEqualTo(kind);
        assertThat(kind.wireName()).isEqualTo(wire);
    }
}
