package dev.sluice.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.local.template.EventSpec;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable();

    RouteTableTest() {
        table.add(new EventSpec.HttpApi("a", "GET", "/api/runs/{run_id}"), null);
        table.add(new EventSpec.HttpApi("b", "GET", "/api/runs/current"), null);
        table.add(new EventSpec.HttpApi("c", "POST", "/api/runs/{run_id}/cancel"), null);
        table.add(new EventSpec.HttpApi("d", "ANY", "/api/runs/{run_id}/cancel"), null);
    }

    private String routeOf(String method, String path) {
        return table.match(method, path).map(m -> m.route().routeKey()).orElse("none");
    }

    @Test
    void literal_segment_beats_parameter() {
        assertThat(routeOf("GET", "/api/runs/current")).isEqualTo("GET /api/runs/current");
        assertThat(routeOf("GET", "/api/runs/run_1")).isEqualTo("GET /api/runs/{run_id}");
    }

    @Test
    void exact_method_beats_any() {
        assertThat(routeOf("POST", "/api/runs/r/cancel")).isEqualTo("POST /api/runs/{run_id}/cancel");
        assertThat(routeOf("PUT", "/api/runs/r/cancel")).isEqualTo("ANY /api/runs/{run_id}/cancel");
    }

    @Test
    void nothing_matches_without_a_default_route_and_everything_falls_to_it_with_one() {
        assertThat(routeOf("GET", "/api/runs")).isEqualTo("none");
        assertThat(routeOf("DELETE", "/api/runs/x")).isEqualTo("none");
        table.add(new EventSpec.HttpApi("f", null, null), null);
        assertThat(routeOf("DELETE", "/api/runs/x")).isEqualTo("$default");
    }

    @Test
    void path_parameters_are_decoded() {
        assertThat(table.match("GET", "/api/runs/a%2Fb%20c").orElseThrow().pathParameters())
                .containsEntry("run_id", "a/b c");
    }
}
