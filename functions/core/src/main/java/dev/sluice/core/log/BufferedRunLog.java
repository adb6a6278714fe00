package dev.sluice.core.log;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's {@link RunLog}: buffers lines per run, redacts them, and stores them as one chunk per flush
 * through the {@link RunLogStore}. A flush happens when the engine says so (end of its work on a run) or
 * early by the {@link LogFlushPolicy}. A failed store keeps the lines for the next flush (up to four times
 * the line threshold, then the oldest are dropped with a warning): a log outage never fails a run.
 */
public final class BufferedRunLog implements RunLog {

    private static final System.Logger LOG = System.getLogger(BufferedRunLog.class.getName());

    private final RunLogStore store;
    private final Clock clock;
    private final LogFlushPolicy policy;
    private final ConcurrentHashMap<String, RunBuffer> buffers = new ConcurrentHashMap<>();

    public BufferedRunLog(RunLogStore store, Clock clock, LogFlushPolicy policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void append(String teamId, String runId, PendingLine line) {
        withBuffer(teamId, runId, buffer -> {
            buffer.lines.add(line);
            buffer.bytes += line.message().length();
            if (isDue(buffer)) {
                store(buffer, false);
            }
        });
    }

    @Override
    public void sensitive(String teamId, String runId, String value) {
        withBuffer(teamId, runId, buffer -> buffer.redactor.add(value));
    }

    @Override
    public void flush(String teamId, String runId, boolean close) {
        RunBuffer buffer = buffers.get(key(teamId, runId));
        if (buffer == null) {
            if (close) {
                storeQuietly(teamId, runId, List.of(), true);
            }
            return;
        }
        synchronized (buffer) {
            store(buffer, close);
            if (buffer.lines.isEmpty()) {
                buffer.detached = true;
                buffers.remove(key(teamId, runId), buffer);
            }
        }
    }

    /** Lines buffered for a run and not yet stored (for tests and diagnostics). */
    public int pending(String teamId, String runId) {
        RunBuffer buffer = buffers.get(key(teamId, runId));
        if (buffer == null) {
            return 0;
        }
        synchronized (buffer) {
            return buffer.lines.size();
        }
    }

    private void withBuffer(String teamId, String runId, java.util.function.Consumer<RunBuffer> action) {
        while (true) {
            RunBuffer buffer = buffers.computeIfAbsent(key(teamId, runId), k -> new RunBuffer(teamId, runId));
            synchronized (buffer) {
                if (!buffer.detached) {
                    action.accept(buffer);
                    return;
                }
            }
        }
    }

    private boolean isDue(RunBuffer buffer) {
        if (buffer.lines.size() >= policy.maxLines() || buffer.bytes >= policy.maxBytes()) {
            return true;
        }
        Duration age = Duration.between(buffer.lines.get(0).ts(), clock.instant());
        return age.compareTo(policy.maxAge()) >= 0;
    }

    /** Stores the buffer's lines; on failure keeps them (bounded). Called holding the buffer's lock. */
    private void store(RunBuffer buffer, boolean close) {
        if (buffer.lines.isEmpty() && !close) {
            return;
        }
        List<PendingLine> redacted = new ArrayList<>(buffer.lines.size());
        for (PendingLine line : buffer.lines) {
            redacted.add(redact(line, buffer.redactor));
        }
        if (storeQuietly(buffer.teamId, buffer.runId, redacted, close)) {
            buffer.lines.clear();
            buffer.bytes = 0;
        } else if (close || buffer.lines.size() > policy.maxLines() * 4) {
            int dropped = close ? buffer.lines.size() : buffer.lines.size() - policy.maxLines() * 4;
            LOG.log(System.Logger.Level.WARNING, "dropping {0} log line(s) of run {1}/{2}", dropped, buffer.teamId,
                    buffer.runId);
            buffer.lines.subList(0, dropped).clear();
            buffer.bytes = buffer.lines.stream().mapToInt(l -> l.message().length()).sum();
        }
    }

    private boolean storeQuietly(String teamId, String runId, List<PendingLine> lines, boolean close) {
        try {
            store.append(teamId, runId, lines, close);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "storing " + lines.size() + " log line(s) of run " + teamId + "/"
                    + runId + " failed: " + e);
            return false;
        }
    }

    private static PendingLine redact(PendingLine line, Redactor redactor) {
        String message = redactor.apply(line.message());
        if (message.length() > LogFlushPolicy.MAX_MESSAGE_CHARS) {
            message = message.substring(0, LogFlushPolicy.MAX_MESSAGE_CHARS) + "… (cut)";
        }
        return new PendingLine(line.ts(), line.stage(), line.attempt(), line.level(), message);
    }

    private static String key(String teamId, String runId) {
        return teamId + "/" + runId;
    }

    private static final class RunBuffer {
        final String teamId;
        final String runId;
        final List<PendingLine> lines = new ArrayList<>();
        final Redactor redactor = new Redactor();
        int bytes;
        boolean detached;

        RunBuffer(String teamId, String runId) {
            this.teamId = teamId;
            this.runId = runId;
        }
    }
}
