package dev.sluice.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunLogLongPollTest {

    static final String TEAM = "acme";
    static final String RUN = "run_1";
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    final FakeTime time = new FakeTime(T0);
    final FakeRunLogStore logs = new FakeRunLogStore();
    final FakeRun run = new FakeRun();
    final AtomicInteger runReads = new AtomicInteger();
    final RunLogLongPoll poll = new RunLogLongPoll(logs, time, time, StreamSettings.defaults());

    /** The run's current status, switchable by tests. */
    static final class FakeRun {
        RunSnapshot snapshot = new RunSnapshot(RunStatus.RUNNING, null);

        void finish(RunStatus status, Instant at) {
            snapshot = new RunSnapshot(status, at);
        }
    }

    SseParser.Parsed respond(long after) {
        String body = poll.respond(TEAM, RUN, after, () -> {
            runReads.incrementAndGet();
            return run.snapshot;
        });
        return SseParser.parse(body, after == 0 ? null : Long.toString(after));
    }

    void append(int count, boolean close) {
        List<PendingLine> lines = IntStream.range(0, count)
                .mapToObj(i -> new PendingLine(time.instant(), "s1", 1, LogLevel.INFO, "line")).toList();
        logs.append(TEAM, RUN, lines, close);
    }

    static List<Long> seqs(SseParser.Parsed parsed) {
        return parsed.events().stream().filter(e -> e.type().equals("log")).map(e -> Long.parseLong(e.lastEventId())).toList();
    }

    @Test
    void a_finished_run_gets_status_then_every_line_after_the_id_then_end_at_once() {
        append(5, false);
        append(1, true);
        run.finish(RunStatus.SUCCEEDED, T0);

        SseParser.Parsed parsed = respond(2);

        assertThat(parsed.types()).containsExactly("status", "log", "log", "log", "log", "end");
        assertThat(seqs(parsed)).containsExactly(3L, 4L, 5L, 6L);
        assertThat(parsed.events().get(0).data()).isEqualTo("{\"status\":\"succeeded\"}");
        assertThat(parsed.events().get(5).data()).isEqualTo("{\"status\":\"succeeded\"}");
        assertThat(parsed.events().get(1).data()).startsWith("{\"seq\":3,\"ts\":\"2026-11-23T10:00:00Z\",\"stage\":\"s1\"");
        assertThat(parsed.retry()).isNull();
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void a_reconnect_after_end_gets_just_end() {
        append(3, true);
        run.finish(RunStatus.FAILED, T0);

        SseParser.Parsed parsed = respond(3);

        assertThat(parsed.types()).containsExactly("end");
        assertThat(parsed.events().get(0).data()).isEqualTo("{\"status\":\"failed\"}");
        assertThat(parsed.lastEventId()).isEqualTo("3");
    }

    @Test
    void with_nothing_new_it_polls_every_500_ms_for_the_wait_budget_then_ends_with_retry() {
        append(2, false);

        SseParser.Parsed parsed = respond(2);

        assertThat(parsed.types()).containsExactly("status");
        assertThat(parsed.retry()).isEqualTo(1000);
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(20));
        assertThat(time.sleeps).hasSize(40).allMatch(d -> d.equals(Duration.ofMillis(500)));
        assertThat(logs.reads()).isEqualTo(41);
        assertThat(runReads.get()).isEqualTo(41);
    }

    @Test
    void lines_that_arrive_while_waiting_are_sent_and_it_lingers_at_most_a_second_for_more() {
        time.after(Duration.ofSeconds(3), () -> append(2, false));
        time.after(Duration.ofMillis(3500), () -> append(1, false));
        time.after(Duration.ofSeconds(5), () -> append(1, false)); // after the linger: next response

        SseParser.Parsed parsed = respond(0);

        assertThat(seqs(parsed)).containsExactly(1L, 2L, 3L);
        assertThat(parsed.retry()).isEqualTo(1000);
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(4));
        assertThat(parsed.lastEventId()).isEqualTo("3");
    }

    @Test
    void existing_lines_are_sent_and_the_response_ends_a_second_later_when_no_more_come() {
        append(4, false);

        SseParser.Parsed parsed = respond(1);

        assertThat(seqs(parsed)).containsExactly(2L, 3L, 4L);
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
        assertThat(parsed.retry()).isEqualTo(1000);
    }

    @Test
    void a_status_change_while_waiting_is_sent_as_a_status_event() {
        time.after(Duration.ofSeconds(2), () -> run.snapshot = new RunSnapshot(RunStatus.PAUSED, null));

        SseParser.Parsed parsed = respond(0);

        assertThat(parsed.types()).containsExactly("status", "status");
        assertThat(parsed.events().get(1).data()).isEqualTo("{\"status\":\"paused\"}");
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_run_that_finishes_while_waiting_gets_its_last_lines_status_and_end_in_the_same_response() {
        append(1, false);
        time.after(Duration.ofSeconds(2), () -> {
            run.finish(RunStatus.SUCCEEDED, time.instant());
            append(2, true);
        });

        SseParser.Parsed parsed = respond(1);

        assertThat(parsed.types()).containsExactly("status", "status", "log", "log", "end");
        assertThat(seqs(parsed)).containsExactly(2L, 3L);
        assertThat(parsed.retry()).isNull();
    }

    @Test
    void a_closed_log_with_a_stale_running_status_reads_the_run_again_and_ends() {
        append(2, true);
        AtomicInteger reads = new AtomicInteger();
        String body = poll.respond(TEAM, RUN, 2, () -> reads.incrementAndGet() == 1
                ? new RunSnapshot(RunStatus.RUNNING, null) : new RunSnapshot(RunStatus.CANCELLED, T0));

        assertThat(SseParser.parse(body, "2").types()).containsExactly("end");
        assertThat(body).contains("{\"status\":\"cancelled\"}");
    }

    @Test
    void a_terminal_run_whose_log_never_closes_ends_once_it_finished_ten_seconds_ago() {
        append(2, false);
        run.finish(RunStatus.FAILED, T0.minusSeconds(4));

        SseParser.Parsed parsed = respond(2);

        assertThat(parsed.types()).containsExactly("status", "end");
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(6));
        assertThat(respond(2).types()).containsExactly("end");
    }

    @Test
    void long_logs_are_read_in_pages_of_1000_without_gap_or_duplicate() {
        append(2500, true);
        run.finish(RunStatus.SUCCEEDED, T0);

        SseParser.Parsed parsed = respond(0);

        assertThat(seqs(parsed)).containsExactlyElementsOf(IntStream.rangeClosed(1, 2500).mapToObj(i -> (long) i).toList());
        assertThat(logs.readLimits).containsOnly(1000);
        assertThat(parsed.types()).last().isEqualTo("end");
    }

    @Test
    void a_full_body_ends_with_retry_and_the_reconnect_continues_where_it_stopped() {
        RunLogLongPoll small = new RunLogLongPoll(logs, time, time, new StreamSettings(Duration.ofSeconds(20),
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(10), 10, 500, 1000));
        append(35, true);
        run.finish(RunStatus.SUCCEEDED, T0);

        String first = small.respond(TEAM, RUN, 0, () -> run.snapshot);
        SseParser.Parsed one = SseParser.parse(first, null);
        assertThat(one.retry()).isEqualTo(1000);
        assertThat(one.types()).doesNotContain("end");
        long last = Long.parseLong(one.lastEventId());
        assertThat(seqs(one)).containsExactlyElementsOf(IntStream.rangeClosed(1, (int) last).mapToObj(i -> (long) i).toList());

        SseParser.Parsed two = SseParser.parse(small.respond(TEAM, RUN, last, () -> run.snapshot), one.lastEventId());
        assertThat(seqs(two).get(0)).isEqualTo(last + 1);
    }

    @Test
    void an_interrupted_wait_ends_the_response_with_retry() {
        RunLogLongPoll interrupted = new RunLogLongPoll(logs, time, d -> {
            throw new InterruptedException();
        }, StreamSettings.defaults());

        String body = interrupted.respond(TEAM, RUN, 0, () -> run.snapshot);

        assertThat(SseParser.parse(body, null).retry()).isEqualTo(1000);
        assertThat(Thread.interrupted()).isTrue();
    }
}
