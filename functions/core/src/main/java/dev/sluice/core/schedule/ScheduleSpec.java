package dev.sluice.core.schedule;

import dev.sluice.core.error.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An automation's {@code schedule}: {@code {"cron": "0 3 * * *", "timezone": "Europe/Amsterdam", "enabled": true}},
 * or the bare string form {@code "0 3 * * *"} (UTC, enabled). {@code timezone} defaults to UTC and
 * {@code enabled} to true. Stored and shown in the object form ({@link #toMap()}).
 */
public record ScheduleSpec(CronSchedule cron, boolean enabled) {

    public static final String PATH = "schedule";
    private static final Set<String> FIELDS = Set.of("cron", "timezone", "enabled");

    public ScheduleSpec {
        if (cron == null) {
            throw new IllegalArgumentException("cron is required");
        }
    }

    /**
     * Parses the value of an automation's {@code schedule} field, as read by the project's JSON reader. An
     * absent or null schedule is the caller's business (no schedule); here it is an error.
     *
     * @throws dev.sluice.core.error.ValidationException listing every problem at {@code schedule[.field]}
     */
    public static ScheduleSpec parse(Object raw) {
        return parse(raw, PATH);
    }

    /** As {@link #parse(Object)}, reporting errors under {@code path}. */
    public static ScheduleSpec parse(Object raw, String path) {
        FieldErrors errors = new FieldErrors();
        ScheduleSpec spec = read(raw, path, errors);
        errors.throwIfAny();
        return spec;
    }

    private static ScheduleSpec read(Object raw, String path, FieldErrors errors) {
        if (raw instanceof String bare) {
            CronSchedule cron = CronSchedule.parse(bare, null, path, FieldErrors.join(path, "timezone"), errors);
            return cron == null ? null : new ScheduleSpec(cron, true);
        }
        if (!(raw instanceof Map<?, ?> map)) {
            errors.add(path, raw == null ? "is required"
                    : "must be a cron string or an object {cron, timezone, enabled}");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(FieldErrors.join(path, String.valueOf(key)), "unknown field");
            }
        }
        CronSchedule cron = CronSchedule.parse(map.get("cron"), map.get("timezone"),
                FieldErrors.join(path, "cron"), FieldErrors.join(path, "timezone"), errors);
        Object enabled = map.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            errors.add(FieldErrors.join(path, "enabled"), "must be true or false");
        }
        if (cron == null || !errors.isEmpty()) {
            return null;
        }
        return new ScheduleSpec(cron, enabled == null || (Boolean) enabled);
    }

    /** The stored and shown form: {@code {cron, timezone, enabled}}; {@link #parse} reads it back. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cron", cron.expression());
        m.put("timezone", cron.zone().getId());
        m.put("enabled", enabled);
        return m;
    }
}
