package dev.sluice.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A period during which automations in {@link #scope} run with reduced autonomy.
 *
 * <p>One-off: active in {@code [start, end)}. Recurring: {@link #recurring} (cron in {@link #timezone})
 * gives the occurrence starts, each lasting {@code end - start}; nothing is active before {@code start}.
 * {@link #active} is the manual override: null follows that schedule, true forces the window on, false
 * forces it off. See {@link WindowActivity}.
 *
 * @param recurring null for a one-off window; otherwise evaluated in {@code timezone}
 * @param scope     automation ids; empty means every automation of the tenant
 * @param active    manual override, or null
 */
public record MaintenanceWindow(String name, Instant start, Instant end, CronSchedule recurring, ZoneId timezone,
                                List<String> scope, AutonomyOverride autonomyOverride, Boolean active) {

    public MaintenanceWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(autonomyOverride, "autonomyOverride");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (recurring != null && !recurring.zone().equals(timezone)) {
            throw new IllegalArgumentException("recurring must be evaluated in the window's timezone");
        }
        scope = List.copyOf(scope);
    }

    /**
     * Validates a client's body or a stored map (the JSON reader's plain values, snake_case keys).
     *
     * @throws dev.sluice.core.error.ValidationException listing every problem with its path
     */
    public static MaintenanceWindow parse(Object body) {
        return MaintenanceWindowParser.parse(body);
    }

    /** How long each occurrence lasts: {@code end - start}. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean appliesTo(String automationId) {
        return scope.isEmpty() || scope.contains(automationId);
    }

    /** This window with the manual override set (true, false) or cleared (null). */
    public MaintenanceWindow withActive(Boolean override) {
        return new MaintenanceWindow(name, start, end, recurring, timezone, scope, autonomyOverride, override);
    }

    /** The stored and shown form; {@link #parse} reads it back. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("start", start.toString());
        m.put("end", end.toString());
        m.put("recurring", recurring == null ? null : recurring.expression());
        m.put("timezone", timezone.getId());
        m.put("scope", scope);
        m.put("autonomy_override", autonomyOverride.wireName());
        m.put("active", active);
        return m;
    }
}
