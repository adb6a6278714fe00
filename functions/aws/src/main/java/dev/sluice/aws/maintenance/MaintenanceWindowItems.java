package dev.sluice.aws.maintenance;

import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB item of a maintenance window (see docs/data-model.md): {@code (t#<team>, mw#<id>)} with the
 * window as JSON ({@link MaintenanceWindow#toMap()}, read back with {@link MaintenanceWindow#parse}).
 */
final class MaintenanceWindowItems {

    static final String PREFIX = "mw#";
    static final String ENTITY = "maintenance_window";

    private MaintenanceWindowItems() {
    }

    static String partition(String team) {
        return "t#" + team;
    }

    static Map<String, AttributeValue> key(String team, String id) {
        return Map.of("pk", AttributeValue.fromS(partition(team)), "sk", AttributeValue.fromS(PREFIX + id));
    }

    static Map<String, AttributeValue> toItem(StoredWindow w) {
        Map<String, AttributeValue> item = new HashMap<>(key(w.teamId(), w.id()));
        item.put("entity", AttributeValue.fromS(ENTITY));
        item.put("id", AttributeValue.fromS(w.id()));
        item.put("team_id", AttributeValue.fromS(w.teamId()));
        item.put("window", AttributeValue.fromS(Json.write(w.window().toMap())));
        item.put("version", AttributeValue.fromN(Long.toString(w.version())));
        item.put("created_at", AttributeValue.fromS(w.createdAt().toString()));
        item.put("updated_at", AttributeValue.fromS(w.updatedAt().toString()));
        return item;
    }

    static StoredWindow fromItem(Map<String, AttributeValue> item) {
        return new StoredWindow(item.get("id").s(), item.get("team_id").s(),
                MaintenanceWindow.parse(Json.parse(item.get("window").s())), Long.parseLong(item.get("version").n()),
                Instant.parse(item.get("created_at").s()), Instant.parse(item.get("updated_at").s()));
    }
}
