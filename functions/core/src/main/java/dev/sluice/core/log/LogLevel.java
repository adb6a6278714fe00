package dev.sluice.core.log;

import java.util.Locale;

/** The level of a run log line; lower-case on the wire. */
public enum LogLevel {
    DEBUG, INFO, WARN, ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named {@code name} (any case); unknown names are {@link #INFO}. */
    public static LogLevel of(String name) {
        if (name != null) {
            for (LogLevel level : values()) {
                if (level.name().equalsIgnoreCase(name)) {
                    return level;
                }
            }
        }
        return INFO;
    }
}
