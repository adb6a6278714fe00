package dev.sluice.aws.run;

import dev.sluice.core.engine.StageMessage;
import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stage queue's message body: {@code {"team_id":"...","run_id":"...","stage":0,"attempt":1}}.
 * Unknown fields are ignored (a newer sender may add some); anything else malformed is rejected.
 */
public final class StageMessages {

    private StageMessages() {
    }

    public static String encode(StageMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team_id", message.teamId());
        body.put("run_id", message.runId());
        body.put("stage", message.stage());
        body.put("attempt", message.attempt());
        return Json.write(body);
    }

    /**
     * Reads a body written by {@link #encode}.
     *
     * @throws IllegalArgumentException if the body is not such a JSON object
     */
    public static StageMessage decode(String body) {
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (JsonException e) {
            throw new IllegalArgumentException("stage message is not JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("stage message must be a JSON object");
        }
        return new StageMessage(text(map, "team_id"), text(map, "run_id"), integer(map, "stage"),
                integer(map, "attempt"));
    }

    private static String text(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalArgumentException("stage message needs a non-empty string '" + key + "'");
        }
        return value;
    }

    private static int integer(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Long value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("stage message needs an integer '" + key + "'");
        }
        return value.intValue();
    }
}
