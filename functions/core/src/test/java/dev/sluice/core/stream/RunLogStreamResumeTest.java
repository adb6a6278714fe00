package dev.sluice.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An EventSource's view: responses chained by Last-Event-ID while a run writes its log. */
class RunLogStreamResumeTest {

    final FakeTime time = new FakeTime(Instant.parse("2026-11-23T10:00:00Z"));
    final FakeRunLogStore logs = new FakeRunLogStore();
    RunSnapshot run = new RunSnapshot(RunStatus.QUEUED, null);

    void write(int count, boolean close) {
        logs.append("acme", "run_1", IntStream.range(0, count)
                .mapToObj(i -> new PendingLine(time.instant(), null, 0, LogLevel.INFO, "m" + i)).toList(), close);
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_every_line_once_then_end() {
        RunLogLongPoll poll = new RunLogLongPoll(logs, time, time, StreamSettings.defaults()
                .withWait(Duration.ofSeconds(5), Duration.ofMillis(200)));
        time.after(Duration.ofSeconds(1), () -> run = new RunSnapshot(RunStatus.RUNNING, null));
        for (int burst = 1; burst <= 8; burst++) {
            int size = burst * 3;
            time.after(Duration.ofMillis(burst * 2300L), () -> write(size, false));
        }
        time.after(Duration.ofSeconds(25), () -> {
            run = new RunSnapshot(RunStatus.SUCCEEDED, time.instant());
            write(1, true);
        });

        List<Long> received = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        String lastEventId = null;
        int responses = 0;
        boolean ended = false;
        while (!ended && responses < 50) {
            long after = lastEventId == null ? 0 : Long.parseLong(lastEventId);
            SseParser.Parsed parsed = SseParser.parse(poll.respond("acme", "run_1", after, () -> run), lastEventId);
            responses++;
            for (SseParser.Event event : parsed.events()) {
                switch (event.type()) {
                    case "log" -> received.add(Long.parseLong(event.lastEventId()));
                    case "status" -> statuses.add(event.data());
                    case "end" -> ended = true;
                    default -> throw new AssertionError("unexpected event " + event);
                }
            }
            lastEventId = parsed.lastEventId();
            if (!ended) {
                assertThat(parsed.retry()).isEqualTo(1000);
                time.advance(Duration.ofMillis(parsed.retry()));
            }
        }

        long total = 3L * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8) + 1;
        assertThat(ended).isTrue();
        assertThat(received).containsExactlyElementsOf(IntStream.rangeClosed(1, (int) total).mapToObj(i -> (long) i).toList());
        assertThat(responses).isGreaterThanOrEqualTo(3);
        assertThat(statuses).contains("{\"status\":\"queued\"}", "{\"status\":\"running\"}", "{\"status\":\"succeeded\"}");
        assertThat(SseParser.parse(poll.respond("acme", "run_1", total, () -> run), lastEventId).types())
                .containsExactly("end");
    }
}
