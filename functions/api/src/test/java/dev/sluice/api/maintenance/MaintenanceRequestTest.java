package dev.sluice.api.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.AutonomyOverride;
import dev.sluice.core.schedule.MaintenanceWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceRequestTest {

    static final String KNOWN = "auto_01JD3X0000000000000000000A";
    static final String OTHER = "auto_01JD3X0000000000000000000B";

    private final List<String> lookedUp = new ArrayList<>();

    private MaintenanceWindow parse(String json) {
        return MaintenanceRequest.parse(Json.parse(json), id -> {
            lookedUp.add(id);
            return Set.of(KNOWN).contains(id);
        });
    }

    private static List<String> paths(Throwable e) {
        return ((ValidationException) e).errors().stream().map(ValidationException.FieldError::path).toList();
    }

    @Test
    void a_valid_body_becomes_a_window_with_active_override_as_the_manual_override() {
        MaintenanceWindow w = parse("""
                {"name":"Deploy","start":"2026-12-01T10:00:00Z","end":"2026-12-01T12:00:00Z",
                 "recurring":"0 10 * * 1","timezone":"Europe/Amsterdam","scope":["%s"],
                 "autonomy_override":"manual_only","active_override":true}""".formatted(KNOWN));
        assertThat(w.name()).isEqualTo("Deploy");
        assertThat(w.autonomyOverride()).isEqualTo(AutonomyOverride.MANUAL_ONLY);
        assertThat(w.recurring().expression()).isEqualTo("0 10 * * 1");
        assertThat(w.timezone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(w.scope()).containsExactly(KNOWN);
        assertThat(w.active()).isTrue();
    }

    @Test
    void active_override_null_or_absent_follows_the_schedule() {
        String base = "\"name\":\"n\",\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T11:00:00Z\","
                + "\"autonomy_override\":\"disabled\"";
        assertThat(parse("{" + base + "}").active()).isNull();
        assertThat(parse("{" + base + ",\"active_override\":null}").active()).isNull();
        assertThat(parse("{" + base + "}").scope()).isEmpty();
    }

    @Test
    void every_problem_is_listed_at_once_including_unknown_automations_in_scope() {
        assertThatThrownBy(() -> parse("""
                {"name":"n","start":"2026-12-01T10:00:00Z","end":"2026-12-01T10:00:00Z","recurring":"61 * * * *",
                 "scope":["%s","%s","nope",7,"%s"],"autonomy_override":"sometimes","active":true,
                 "active_override":"yes"}""".formatted(KNOWN, OTHER, OTHER)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(paths(e)).containsExactlyInAnyOrder("active", "active_override", "end",
                        "recurring", "scope[3]", "autonomy_override", "scope[1]", "scope[2]", "scope[4]"));
        assertThat(lookedUp).containsExactlyInAnyOrder(KNOWN, OTHER, "nope");
    }

    @Test
    void end_before_start_is_422_at_end() {
        assertThatThrownBy(() -> parse("""
                {"name":"n","start":"2026-12-01T10:00:00Z","end":"2026-12-01T09:00:00Z","autonomy_override":"disabled"}"""))
                .satisfies(e -> assertThat(paths(e)).containsExactly("end"));
    }

    @Test
    void a_body_that_is_not_an_object_is_422_at_body() {
        assertThatThrownBy(() -> parse("[1]")).satisfies(e -> assertThat(paths(e)).containsExactly("body"));
    }

    @Test
    void an_overlong_scope_is_refused_by_the_parser_without_lookups() {
        List<String> ids = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "\"" + KNOWN + "\"").toList();
        assertThatThrownBy(() -> parse("""
                {"name":"n","start":"2026-12-01T10:00:00Z","end":"2026-12-01T11:00:00Z","autonomy_override":"disabled",
                 "scope":[%s]}""".formatted(String.join(",", ids))))
                .satisfies(e -> assertThat(paths(e)).containsExactly("scope"));
        assertThat(lookedUp).isEmpty();
    }
}
