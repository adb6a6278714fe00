package dev.sluice.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local cloud's own endpoints, outside the template's API (loopback only):
 * {@code GET /_local/schedules} lists the schedule events; {@code POST /_local/schedules/fire}
 * fires all of them now (or only a function's with {@code ?function=LogicalId}), the way the
 * EventBridge rule would.
 */
public final class LocalControlRoutes {

    public static final String PREFIX = "/_local/";
    private static final Map<String, String> JSON = Map.of("content-type", "application/json");

    /** What the control routes act on. */
    public interface Schedules {
        /** "FunctionId/EventName expression" for every schedule event. */
        List<String> describe();

        /** Fires the schedule events (all, or one function's); returns how many fired. */
        int fire(String functionLogicalId);
    }

    private final Schedules schedules;

    public LocalControlRoutes(Schedules schedules) {
        this.schedules = schedules;
    }

    void handle(HttpExchange exchange, byte[] body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/_local/schedules") && method.equals("GET")) {
            String items = schedules.describe().stream().map(s -> "\"" + s.replace("\"", "'") + "\"")
                    .collect(Collectors.joining(","));
            HttpApiGateway.write(exchange, 200, JSON, "{\"schedules\":[" + items + "]}");
        } else if (path.equals("/_local/schedules/fire") && method.equals("POST")) {
            String function = queryValue(exchange.getRequestURI().getQuery(), "function");
            int fired = schedules.fire(function);
            HttpApiGateway.write(exchange, 200, JSON, "{\"fired\":" + fired + "}");
        } else {
            HttpApiGateway.write(exchange, 404, JSON, "{\"detail\":\"Unknown local control route " + path + "\"}");
        }
    }

    private static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
