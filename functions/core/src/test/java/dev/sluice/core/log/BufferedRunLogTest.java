package dev.sluice.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BufferedRunLogTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryRunLogStore store = new InMemoryRunLogStore();
    private final BufferedRunLog log = new BufferedRunLog(store, clock,
            new LogFlushPolicy(5, 10_000, Duration.ofSeconds(2)));

    private PendingLine line(String message) {
        return new PendingLine(now.get(), "fetch", 1, LogLevel.INFO, message);
    }

    @Test
    void lines_are_buffered_until_flush_and_stored_as_one_chunk() {
        log.append("t", "r", line("one"));
        log.append("t", "r", line("two"));
        assertThat(store.chunks.get()).isZero();

        log.flush("t", "r", false);

        assertThat(store.chunks.get()).isEqualTo(1);
        assertThat(store.lines("t", "r")).extracting(LogLine::seq).containsExactly(1L, 2L);
        assertThat(log.pending("t", "r")).isZero();
        assertThat(store.isClosed("t", "r")).isFalse();
    }

    @Test
    void a_full_buffer_or_an_old_line_flushes_early() {
        for (int i = 0; i < 5; i++) {
            log.append("t", "r", line("line " + i));
        }
        assertThat(store.chunks.get()).as("5 lines reach the line threshold").isEqualTo(1);

        log.append("t", "r", line("slow"));
        now.set(T0.plusSeconds(3));
        log.append("t", "r", line("later"));
        assertThat(store.chunks.get()).as("the oldest line is 3 s old").isEqualTo(2);
        assertThat(store.lines("t", "r")).hasSize(7);
    }

    @Test
    void closing_marks_the_log_complete_even_without_lines() {
        log.flush("t", "r", true);
        assertThat(store.isClosed("t", "r")).isTrue();
        assertThat(store.chunks.get()).isZero();
    }

    @Test
    void sensitive_values_are_redacted_also_from_lines_buffered_before_they_were_named() {
        log.append("t", "r", line("calling with key abcd-1234"));
        log.sensitive("t", "r", "abcd-1234");
        log.append("t", "r", line("again abcd-1234"));
        log.flush("t", "r", false);
        assertThat(store.messages()).containsExactly("info: calling with key ***", "info: again ***");
    }

    @Test
    void sensitive_values_stay_with_their_run() {
        log.sensitive("t", "r1", "abcd-1234");
        log.append("t", "r2", line("abcd-1234 is not r1's"));
        log.flush("t", "r2", false);
        assertThat(store.messages()).containsExactly("info: abcd-1234 is not r1's");
    }

    @Test
    void a_failed_store_keeps_the_lines_for_the_next_flush() {
        log.append("t", "r", line("kept"));
        store.failNext = new IllegalStateException("S3 is down");
        log.flush("t", "r", false);
        assertThat(log.pending("t", "r")).isEqualTo(1);

        log.flush("t", "r", false);
        assertThat(store.messages()).containsExactly("info: kept");
    }

    @Test
    void very_long_messages_are_cut() {
        log.append("t", "r", line("x".repeat(LogFlushPolicy.MAX_MESSAGE_CHARS + 10)));
        log.flush("t", "r", false);
        assertThat(store.lines("t", "r").get(0).message()).endsWith("… (cut)")
                .hasSize(LogFlushPolicy.MAX_MESSAGE_CHARS + "… (cut)".length());
    }
}
