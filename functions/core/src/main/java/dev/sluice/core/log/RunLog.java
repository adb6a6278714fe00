package dev.sluice.core.log;

/**
 * Where the engine writes a run's log lines (port). Lines are buffered per run and stored in chunks
 * ({@link RunLogStore}); {@link #flush} stores what is buffered: the engine calls it when an invocation's
 * work on a run is done, and an implementation may flush earlier on size or age so that live viewers see
 * progress. Thread-safe.
 */
public interface RunLog {

    /** Keeps nothing: for tests and tools that run the engine without a log. */
    RunLog NONE = new RunLog() {
        @Override
        public void append(String teamId, String runId, PendingLine line) {
        }

        @Override
        public void sensitive(String teamId, String runId, String value) {
        }

        @Override
        public void flush(String teamId, String runId, boolean close) {
        }
    };

    /** Buffers one line. */
    void append(String teamId, String runId, PendingLine line);

    /** A value that must never reach a log line of this run: it is written as {@code ***}. */
    void sensitive(String teamId, String runId, String value);

    /**
     * Stores the run's buffered lines.
     *
     * @param close the run has ended: the log is marked complete (see {@link LogPage#closed()})
     */
    void flush(String teamId, String runId, boolean close);
}
