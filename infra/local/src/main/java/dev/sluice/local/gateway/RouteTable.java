package dev.sluice.local.gateway;

import dev.sluice.local.runtime.LocalFunction;
import dev.sluice.local.template.EventSpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP API routing as API Gateway does it: {@code METHOD /path/{param}} routes, the most specific
 * match wins (more literal segments first, then an exact method over {@code ANY}), a greedy
 * {@code {name+}} takes the rest of the path, and {@code $default} catches everything else.
 */
public final class RouteTable {

    /** One route; {@code method} null means ANY. */
    public record Route(String routeKey, String method, List<String> segments, LocalFunction function) {
        int literalSegments() {
            return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
        }
    }

    /** A matched route and the path parameters it captured. */
    public record Match(Route route, Map<String, String> pathParameters) {
    }

    private final List<Route> routes = new ArrayList<>();
    private Route defaultRoute;

    public void add(EventSpec.HttpApi event, LocalFunction function) {
        if (event.isDefaultRoute()) {
            defaultRoute = new Route("$default", null, List.of(), function);
            return;
        }
        String method = "ANY".equals(event.method()) ? null : event.method();
        routes.add(new Route(event.routeKey(), method, split(event.path()), function));
        routes.sort(Comparator.comparingInt(Route::literalSegments).reversed()
                .thenComparing(r -> r.method() == null));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public Optional<Match> match(String method, String rawPath) {
        List<String> path = split(rawPath);
        for (Route route : routes) {
            if (route.method() != null && !route.method().equals(method)) {
                continue;
            }
            Map<String, String> params = bind(route.segments(), path);
            if (params != null) {
                return Optional.of(new Match(route, params));
            }
        }
        return Optional.ofNullable(defaultRoute).map(r -> new Match(r, Map.of()));
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String segment = template.get(i);
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= path.size()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 2), String.join("/", path.subList(i, path.size())));
                return params;
            }
            if (i >= path.size()) {
                return null;
            }
            if (segment.startsWith("{")) {
                params.put(segment.substring(1, segment.length() - 1), decode(path.get(i)));
            } else if (!segment.equals(path.get(i))) {
                return null;
            }
        }
        return template.size() == path.size() ? params : null;
    }

    static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
