package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    @Test
    void parses_a_recurring_window() {
        MaintenanceWindow window = MaintenanceWindow.parse(Json.parse("""
                {"name": "nightly db", "start": "2026-03-01T01:00:00Z", "end": "2026-03-01T03:00:00Z",
                 "recurring": "0 2 * * *", "timezone": "Europe/Amsterdam", "scope": ["auto_1", "auto_2", "auto_1"],
                 "autonomy_override": "manual_only"}"""));
        assertThat(window.name()).isEqualTo("nightly db");
        assertThat(window.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(window.recurring()).isEqualTo(CronSchedule.parse("0 2 * * *", "Europe/Amsterdam"));
        assertThat(window.timezone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(window.scope()).containsExactly("auto_1", "auto_2");
        assertThat(window.autonomyOverride()).isEqualTo(AutonomyOverride.MANUAL_ONLY);
        assertThat(window.active()).isNull();
    }

    @Test
    void a_one_off_window_defaults_to_utc_every_automation_and_no_override() {
        MaintenanceWindow window = MaintenanceWindow.parse(body());
        assertThat(window.recurring()).isNull();
        assertThat(window.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(window.scope()).isEmpty();
        assertThat(window.appliesTo("auto_anything")).isTrue();
        assertThat(window.active()).isNull();
    }

    @Test
    void scope_limits_the_automations_it_applies_to() {
        MaintenanceWindow window = MaintenanceWindow.parse(body("scope", List.of("auto_1")));
        assertThat(window.appliesTo("auto_1")).isTrue();
        assertThat(window.appliesTo("auto_2")).isFalse();
    }

    @Test
    void encodes_to_a_map_that_parses_back_to_the_same_window() {
        MaintenanceWindow window = MaintenanceWindow.parse(body("recurring", "*/30 9-17 * * 1-5", "timezone", "America/New_York",
                "scope", List.of("auto_1"), "active", true));
        Map<String, Object> stored = window.toMap();
        assertThat(stored).containsEntry("start", "2026-03-01T01:00:00Z").containsEntry("autonomy_override", "disabled")
                .containsEntry("recurring", "*/30 9-17 * * 1-5").containsEntry("active", true);
        assertThat(MaintenanceWindow.parse(Json.parse(Json.write(stored)))).isEqualTo(window);
    }

    @Test
    void with_active_sets_and_clears_the_manual_override() {
        MaintenanceWindow window = MaintenanceWindow.parse(body());
        assertThat(window.withActive(false).active()).isFalse();
        assertThat(window.withActive(true).withActive(null).active()).isNull();
    }

    @Test
    void end_equal_to_start_is_refused() {
        assertErrors(body("end", "2026-03-01T01:00:00Z"), tuple("end", "must be after start"));
    }

    @Test
    void end_before_start_is_refused() {
        assertErrors(body("end", "2026-02-28T01:00:00Z"), tuple("end", "must be after start"));
    }

    @Test
    void a_bad_recurring_cron_is_refused_at_recurring() {
        assertErrors(body("recurring", "0 2 * *"),
                tuple("recurring", "must have 5 fields (minute hour day-of-month month day-of-week), got 4"));
    }

    @Test
    void an_unknown_zone_and_a_bad_cron_are_both_listed() {
        assertErrors(body("recurring", "0 2 31 2 *", "timezone", "Europe/Atlantis"),
                tuple("timezone", "unknown time zone 'Europe/Atlantis' (use an IANA name such as Europe/Amsterdam, or UTC)"),
                tuple("recurring", "cron expression '0 2 31 2 *' never fires"));
    }

    @Test
    void required_fields_are_listed_together() {
        assertErrors(Map.of(),
                tuple("name", "is required"),
                tuple("start", "is required"),
                tuple("end", "is required"),
                tuple("autonomy_override", "is required (disabled or manual_only)"));
    }

    @Test
    void every_malformed_field_is_named_by_its_path() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("name", " ");
        bad.put("start", "yesterday");
        bad.put("end", 1_700_000_000L);
        bad.put("scope", List.of("auto_1", 7L, ""));
        bad.put("autonomy_override", "off");
        bad.put("active", "yes");
        bad.put("starts_at", "2026-03-01T01:00:00Z");
        assertErrors(bad,
                tuple("starts_at", "unknown field"),
                tuple("name", "must be a non-blank string"),
                tuple("start", "must be an ISO-8601 instant such as 2026-03-08T02:00:00Z"),
                tuple("end", "must be an ISO-8601 instant such as 2026-03-08T02:00:00Z"),
                tuple("scope[1]", "must be a non-blank automation id"),
                tuple("scope[2]", "must be a non-blank automation id"),
                tuple("autonomy_override", "must be disabled or manual_only"),
                tuple("active", "must be true, false or null"));
    }

    @Test
    void scope_must_be_an_array() {
        assertErrors(body("scope", "auto_1"), tuple("scope", "must be an array of automation ids"));
    }

    @Test
    void a_body_that_is_not_an_object_is_refused() {
        assertErrors(List.of(), tuple("body", "must be a JSON object"));
    }

    @Test
    void an_instant_with_an_offset_is_accepted() {
        MaintenanceWindow window = MaintenanceWindow.parse(body("start", "2026-03-01T02:00:00+01:00"));
        assertThat(window.start()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
    }

    /** A valid one-off body (2026-03-01 01:00-03:00Z, disabled) with some fields replaced. */
    static Map<String, Object> body(Object... overrides) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "upgrade");
        m.put("start", "2026-03-01T01:00:00Z");
        m.put("end", "2026-03-01T03:00:00Z");
        m.put("autonomy_override", "disabled");
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        return m;
    }

    private static void assertErrors(Object body, Tuple... expected) {
        assertThatThrownBy(() -> MaintenanceWindow.parse(body))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("path", "message").containsExactly(expected));
    }
}
