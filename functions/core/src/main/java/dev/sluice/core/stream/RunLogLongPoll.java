package dev.sluice.core.stream;

import dev.sluice.core.log.LogCompleteness;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.RunLogStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One buffered response of a run's log stream (API Gateway delivers a Lambda's answer whole, so a
 * "stream" is a series of long polls that an EventSource chains with {@code Last-Event-ID}).
 *
 * <p>The response starts with a {@code status} event, then every line after {@code afterSeq}. When the
 * run is terminal and its log closed (or it finished more than {@code closeGrace} ago: the writer
 * crashed) and no line is left, it ends with {@code end}. Otherwise it waits, polling the run and its
 * log: once it has sent something it lingers at most {@code linger} for more; with nothing new it
 * waits up to {@code waitBudget}. It then ends with a {@code retry:} hint and the client reconnects.
 * A reconnect to a stream that has already ended gets just {@code end}.
 */
public final class RunLogLongPoll {

    private final RunLogStore logs;
    private final Clock clock;
    private final Sleeper sleeper;
    private final StreamSettings settings;

    public RunLogLongPoll(RunLogStore logs, Clock clock, Sleeper sleeper, StreamSettings settings) {
        this.logs = logs;
        this.clock = clock;
        this.sleeper = sleeper;
        this.settings = settings;
    }

    /**
     * The whole {@code text/event-stream} body of one response.
     *
     * @param run reads the run's current status (tenant-scoped by the caller); called once per poll
     */
    public String respond(String teamId, String runId, long afterSeq, Supplier<RunSnapshot> run) {
        return new Response(teamId, runId, afterSeq, run).write();
    }

    /** The state of one response while it is written. */
    private final class Response {
        private final String teamId;
        private final String runId;
        private final Supplier<RunSnapshot> source;
        private final SseWriter out = new SseWriter();
        private final Instant deadline;
        private long cursor;
        private RunSnapshot run;
        private Instant lingerUntil;

        Response(String teamId, String runId, long afterSeq, Supplier<RunSnapshot> source) {
            this.teamId = teamId;
            this.runId = runId;
            this.cursor = afterSeq;
            this.source = source;
            this.deadline = clock.instant().plus(settings.waitBudget());
        }

        String write() {
            run = source.get();
            LogPage page = read();
            if (page.closed() && !run.isTerminal()) {
                run = source.get(); // the log closes only after the run ended: the status read was stale
            }
            if (page.lines().isEmpty() && ended(page)) {
                RunStreamEvents.end(out, run.status());
                return out.body();
            }
            RunStreamEvents.status(out, run.status());
            while (true) {
                page = drain(page);
                if (page == null) {
                    return retry(); // the body is full; the client continues from the last id
                }
                if (ended(page)) {
                    RunStreamEvents.end(out, run.status());
                    return out.body();
                }
                Instant now = clock.instant();
                Instant stopAt = lingerUntil != null && lingerUntil.isBefore(deadline) ? lingerUntil : deadline;
                if (!now.isBefore(stopAt)) {
                    return retry();
                }
                Duration left = Duration.between(now, stopAt);
                try {
                    sleeper.sleep(left.compareTo(settings.pollInterval()) < 0 ? left : settings.pollInterval());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return retry();
                }
                refreshRun();
                page = read();
                if (page.closed() && !run.isTerminal()) {
                    refreshRun();
                }
            }
        }

        /** Writes {@code page} and any further full pages; null when the body reached its size limit. */
        private LogPage drain(LogPage page) {
            LogPage current = page;
            while (true) {
                current.lines().forEach(line -> RunStreamEvents.log(out, line));
                if (!current.lines().isEmpty()) {
                    cursor = current.nextAfter(cursor);
                    sent();
                }
                if (cursor >= current.lastSeq() || current.lines().isEmpty()) {
                    return current;
                }
                if (out.length() >= settings.maxBodyChars()) {
                    return null;
                }
                current = read();
            }
        }

        /**
         * Terminal, the log complete (closed, or its writer gone since {@code closeGrace}), and nothing left
         * after the cursor; called once {@code page}'s lines are written.
         */
        private boolean ended(LogPage page) {
            return LogCompleteness.complete(run.isTerminal(), run.finishedAt(), page, cursor, clock.instant(),
                    settings.closeGrace());
        }

        private void refreshRun() {
            RunSnapshot latest = source.get();
            if (latest.status() != run.status()) {
                RunStreamEvents.status(out, latest.status());
                sent();
            }
            run = latest;
        }

        private void sent() {
            if (lingerUntil == null) {
                lingerUntil = clock.instant().plus(settings.linger());
            }
        }

        private LogPage read() {
            return logs.after(teamId, runId, cursor, settings.pageSize());
        }

        private String retry() {
            return out.retry(settings.retryMillis()).body();
        }
    }
}
