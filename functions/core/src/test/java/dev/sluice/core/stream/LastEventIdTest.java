package dev.sluice.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LastEventIdTest {

    @Test
    void neither_header_nor_query_means_from_the_start() {
        assertThat(LastEventId.resolve(null, null)).isZero();
        assertThat(LastEventId.resolve("", " ")).isZero();
    }

    @Test
    void the_header_wins_over_the_query_parameter() {
        assertThat(LastEventId.resolve("12", "5")).isEqualTo(12);
    }

    @Test
    void the_query_parameter_is_used_without_a_header() {
        assertThat(LastEventId.resolve(null, "5")).isEqualTo(5);
        assertThat(LastEventId.resolve(" ", " 6 ")).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "0x10", "+3", "99999999999999999999", "١٢"})
    void anything_but_a_non_negative_integer_is_422_naming_the_source(String bad) {
        assertThatThrownBy(() -> LastEventId.resolve(bad, null)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).singleElement()
                        .satisfies(err -> assertThat(err.path()).isEqualTo("Last-Event-ID")));
        assertThatThrownBy(() -> LastEventId.resolve(null, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).path()).isEqualTo("last_event_id"));
    }

    @Test
    void a_bad_header_is_422_even_when_the_query_is_fine() {
        assertThatThrownBy(() -> LastEventId.resolve("x", "3")).isInstanceOf(ValidationException.class);
    }
}
