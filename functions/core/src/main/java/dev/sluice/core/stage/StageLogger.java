package dev.sluice.core.stage;

import dev.sluice.core.log.LogLevel;

/**
 * Where an executor writes the run-log lines of one attempt (http status and timing, a {@code log}
 * stage's message, batch progress). Lines are buffered and flushed by the engine, never one write per
 * line. {@link #sensitive} names values that must never reach a log line: every line of the run written
 * in this invocation has them replaced by {@code ***}.
 */
public interface StageLogger {

    /** Drops every line: for tests and for callers with no run log. */
    StageLogger NONE = new StageLogger() {
        @Override
        public void log(LogLevel level, String message) {
        }

        @Override
        public void sensitive(String value) {
        }
    };

    void log(LogLevel level, String message);

    /** A value (a header secret, a resolved secret) that is redacted from every line of this run. */
    void sensitive(String value);

    default void info(String message) {
        log(LogLevel.INFO, message);
    }

    default void warn(String message) {
        log(LogLevel.WARN, message);
    }

    default void error(String message) {
        log(LogLevel.ERROR, message);
    }
}
