package dev.sluice.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleSpecTest {

    @Test
    void bare_string_means_utc_and_enabled() {
        ScheduleSpec spec = ScheduleSpec.parse(Json.parse("\"0 3 * * *\""));
        assertThat(spec.cron()).isEqualTo(CronSchedule.parse("0 3 * * *", "UTC"));
        assertThat(spec.enabled()).isTrue();
    }

    @Test
    void object_form_reads_cron_timezone_and_enabled() {
        ScheduleSpec spec = ScheduleSpec.parse(Json.parse("""
                {"cron": "0 3 * * *", "timezone": "Europe/Amsterdam", "enabled": false}"""));
        assertThat(spec.cron().expression()).isEqualTo("0 3 * * *");
        assertThat(spec.cron().zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(spec.enabled()).isFalse();
    }

    @Test
    void object_form_defaults_to_utc_and_enabled() {
        ScheduleSpec spec = ScheduleSpec.parse(Json.parse("{\"cron\": \"*/5 * * * *\"}"));
        assertThat(spec.cron().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(spec.enabled()).isTrue();
    }

    @Test
    void encodes_to_the_object_form_and_reads_it_back() {
        ScheduleSpec bare = ScheduleSpec.parse("0 3 * * *");
        assertThat(bare.toMap()).isEqualTo(Map.of("cron", "0 3 * * *", "timezone", "UTC", "enabled", true));
        ScheduleSpec object = ScheduleSpec.parse(Map.of("cron", "0  3 * * 1-5", "timezone", "America/New_York", "enabled", false));
        assertThat(ScheduleSpec.parse(Json.parse(Json.write(object.toMap())))).isEqualTo(object);
        assertThat(object.toMap()).containsEntry("cron", "0 3 * * 1-5");
    }

    @Test
    void a_bad_bare_string_is_an_error_at_schedule() {
        assertThatThrownBy(() -> ScheduleSpec.parse("every day"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting("path").containsExactly("schedule");
                    assertThat(e.detail()).startsWith("schedule: must have 5 fields");
                });
    }

    @Test
    void bad_cron_unknown_zone_unknown_key_and_bad_enabled_are_all_listed() {
        Object body = Json.parse("""
                {"cron": "0 25 * * *", "timezone": "Europe/Amsterdan", "enabled": "yes", "tz": "UTC"}""");
        assertThatThrownBy(() -> ScheduleSpec.parse(body))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("path", "message")
                        .containsExactlyInAnyOrder(
                                tuple("schedule.tz", "unknown field"),
                                tuple("schedule.cron", "invalid cron expression '0 25 * * *': value 25 not in range [0, 23]"),
                                tuple("schedule.timezone", "unknown time zone 'Europe/Amsterdan' (use an IANA name such as Europe/Amsterdam, or UTC)"),
                                tuple("schedule.enabled", "must be true or false")));
    }

    @Test
    void a_missing_cron_is_required() {
        assertThatThrownBy(() -> ScheduleSpec.parse(Map.of("timezone", "UTC")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("path", "message").containsExactly(tuple("schedule.cron", "is required")));
    }

    @Test
    void neither_string_nor_object_is_refused() {
        for (Object raw : List.of(3L, List.of("0 3 * * *"), true)) {
            assertThatThrownBy(() -> ScheduleSpec.parse(raw))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting("path", "message")
                            .containsExactly(tuple("schedule", "must be a cron string or an object {cron, timezone, enabled}")));
        }
    }

    @Test
    void errors_can_be_reported_under_another_path() {
        assertThatThrownBy(() -> ScheduleSpec.parse(Map.of("cron", "0 3 * * *", "timezone", "Atlantis"), "triggers.schedule"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting("path").containsExactly("triggers.schedule.timezone"));
    }
}
