package dev.sluice.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SseWriterTest {

    @Test
    void an_event_is_its_id_event_and_data_lines_then_a_blank_line() {
        String body = new SseWriter().event("7", "log", "{\"seq\":7}").body();
        assertThat(body).isEqualTo("id: 7\nevent: log\ndata: {\"seq\":7}\n\n");
    }

    @Test
    void absent_id_and_name_are_left_out() {
        assertThat(new SseWriter().event(null, null, "x").body()).isEqualTo("data: x\n\n");
    }

    @Test
    void multi_line_data_becomes_one_data_line_per_line_and_reads_back_unchanged() {
        String body = new SseWriter().event("1", "log", "a\nb\r\nc\rd\n").body();
        assertThat(body).isEqualTo("id: 1\nevent: log\ndata: a\ndata: b\ndata: c\ndata: d\ndata: \n\n");
        assertThat(SseParser.parse(body, null).events()).singleElement()
                .satisfies(e -> assertThat(e.data()).isEqualTo("a\nb\nc\nd\n"));
    }

    @Test
    void empty_data_is_still_an_event() {
        assertThat(new SseWriter().event(null, "end", "").body()).isEqualTo("event: end\ndata: \n\n");
    }

    @Test
    void ids_and_names_with_line_breaks_are_refused() {
        assertThatThrownBy(() -> new SseWriter().event("1\nevent: x", "log", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SseWriter().event("1", "log\r", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retry_is_a_field_of_its_own_and_dispatches_nothing() {
        String body = new SseWriter().event("3", "log", "x").retry(1000).body();
        assertThat(body).endsWith("retry: 1000\n\n");
        SseParser.Parsed parsed = SseParser.parse(body, null);
        assertThat(parsed.events()).hasSize(1);
        assertThat(parsed.retry()).isEqualTo(1000);
        assertThat(parsed.lastEventId()).isEqualTo("3");
    }

    @Test
    void comments_are_ignored_by_clients() {
        String body = new SseWriter().comment("hello").event(null, "status", "{}").body();
        assertThat(body).startsWith(": hello\n");
        assertThat(SseParser.parse(body, null).types()).containsExactly("status");
    }
}
