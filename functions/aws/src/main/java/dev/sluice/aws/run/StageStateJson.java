package dev.sluice.aws.run;

import dev.sluice.core.run.StageState;
import dev.sluice.core.run.StageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's stage states to and from the compact JSON stored in the run item's {@code stages}
 * attribute (snake_case; null fields omitted, zero counters kept so every entry reads the same).
 */
final class StageStateJson {

    private StageStateJson() {
    }

    static List<Object> encode(List<StageState> stages) {
        List<Object> out = new ArrayList<>(stages.size());
        for (StageState s : stages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("type", s.type());
            m.put("status", s.status().wireName());
            m.put("attempts", s.attempts());
            putIfPresent(m, "started_at", s.startedAt() == null ? null : s.startedAt().toString());
            putIfPresent(m, "finished_at", s.finishedAt() == null ? null : s.finishedAt().toString());
            putIfPresent(m, "result", s.result());
            putIfPresent(m, "error", s.error());
            m.put("items_done", s.itemsDone());
            m.put("items_total", s.itemsTotal());
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<StageState> decode(List<?> raw) {
        List<StageState> stages = new ArrayList<>(raw.size());
        for (Object entry : raw) {
            Map<String, Object> m = (Map<String, Object>) entry;
            stages.add(new StageState((String) m.get("name"), (String) m.get("type"),
                    StageStatus.fromWire((String) m.get("status")), num(m, "attempts"), instant(m, "started_at"),
                    instant(m, "finished_at"), m.get("result"), (String) m.get("error"), num(m, "items_done"),
                    num(m, "items_total")));
        }
        return stages;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static int num(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Instant instant(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? null : Instant.parse((String) value);
    }
}
