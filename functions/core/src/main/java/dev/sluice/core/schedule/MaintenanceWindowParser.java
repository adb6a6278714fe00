package dev.sluice.core.schedule;

import dev.sluice.core.error.FieldErrors;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@link MaintenanceWindow} from parsed JSON, collecting every problem with its path. */
final class MaintenanceWindowParser {

    static final int MAX_NAME = 200;
    static final int MAX_SCOPE = 100;
    private static final Set<String> FIELDS = Set.of("name", "start", "end", "recurring", "timezone", "scope",
            "autonomy_override", "active");

    private MaintenanceWindowParser() {
    }

    static MaintenanceWindow parse(Object body) {
        FieldErrors errors = new FieldErrors();
        if (!(body instanceof Map<?, ?> m)) {
            errors.add("body", "must be a JSON object");
            errors.throwIfAny();
            return null;
        }
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(String.valueOf(key), "unknown field");
            }
        }
        String name = name(m.get("name"), errors);
        Instant start = instant(m.get("start"), "start", errors);
        Instant end = instant(m.get("end"), "end", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add("end", "must be after start");
        }
        ZoneId zone = TimeZones.parse(m.get("timezone"), "timezone", errors);
        CronSchedule recurring = null;
        if (m.get("recurring") != null && zone != null) {
            recurring = CronSchedule.parse(m.get("recurring"), zone.getId(), "recurring", "timezone", errors);
        } else if (m.get("recurring") != null) {
            UnixCron.parse(m.get("recurring"), "recurring", errors); // the zone's error is already listed
        }
        List<String> scope = scope(m.get("scope"), errors);
        AutonomyOverride override = override(m.get("autonomy_override"), errors);
        Object active = m.get("active");
        if (active != null && !(active instanceof Boolean)) {
            errors.add("active", "must be true, false or null");
        }
        errors.throwIfAny();
        return new MaintenanceWindow(name, start, end, recurring, zone, scope, override, (Boolean) active);
    }

    private static String name(Object raw, FieldErrors errors) {
        if (!(raw instanceof String name) || name.isBlank()) {
            errors.add("name", raw == null ? "is required" : "must be a non-blank string");
            return null;
        }
        if (name.length() > MAX_NAME) {
            errors.add("name", "must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    private static Instant instant(Object raw, String path, FieldErrors errors) {
        if (raw == null) {
            errors.add(path, "is required");
            return null;
        }
        try {
            if (raw instanceof String text) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(path, "must be an ISO-8601 instant such as 2026-03-08T02:00:00Z");
        return null;
    }

    private static List<String> scope(Object raw, FieldErrors errors) {
        List<String> scope = new ArrayList<>();
        if (raw == null) {
            return scope;
        }
        if (!(raw instanceof List<?> list)) {
            errors.add("scope", "must be an array of automation ids");
            return scope;
        }
        if (list.size() > MAX_SCOPE) {
            errors.add("scope", "must have at most " + MAX_SCOPE + " items");
            return scope;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String id) || id.isBlank()) {
                errors.add("scope[" + i + "]", "must be a non-blank automation id");
            } else if (!scope.contains(id)) {
                scope.add(id);
            }
        }
        return scope;
    }

    private static AutonomyOverride override(Object raw, FieldErrors errors) {
        if (raw == null) {
            errors.add("autonomy_override", "is required (disabled or manual_only)");
            return null;
        }
        AutonomyOverride override = raw instanceof String s ? AutonomyOverride.fromWire(s).orElse(null) : null;
        if (override == null) {
            errors.add("autonomy_override", "must be disabled or manual_only");
        }
        return override;
    }
}
