package dev.sluice.core.schedule;

import dev.sluice.core.error.FieldErrors;
import java.time.ZoneId;
import java.util.Set;

/** Time zones accepted on the wire: IANA region names such as {@code Europe/Amsterdam}, and {@code UTC}. */
final class TimeZones {

    static final ZoneId UTC = ZoneId.of("UTC");
    private static final Set<String> NAMES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private TimeZones() {
    }

    /** The zone named by {@code raw} (null means UTC), or null after recording an error at {@code path}. */
    static ZoneId parse(Object raw, String path, FieldErrors errors) {
        if (raw == null) {
            return UTC;
        }
        if (!(raw instanceof String name)) {
            errors.add(path, "must be a string");
            return null;
        }
        if (!NAMES.contains(name)) {
            errors.add(path, "unknown time zone '" + name + "' (use an IANA name such as Europe/Amsterdam, or UTC)");
            return null;
        }
        return ZoneId.of(name);
    }
}
