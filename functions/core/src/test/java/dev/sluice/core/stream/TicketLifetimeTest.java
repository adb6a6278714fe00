package dev.sluice.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class TicketLifetimeTest {

    @Test
    void absent_means_five_minutes() {
        assertThat(TicketLifetime.of(null)).isEqualTo(300);
    }

    @Test
    void ten_to_three_hundred_seconds_are_accepted() {
        assertThat(TicketLifetime.of(10L)).isEqualTo(10);
        assertThat(TicketLifetime.of(300L)).isEqualTo(300);
    }

    @Test
    void out_of_range_or_not_an_integer_is_422_at_expires_in() {
        for (Object bad : new Object[] {9L, 301L, -5L, 30.5, "60", true}) {
            assertThatThrownBy(() -> TicketLifetime.of(bad)).as(String.valueOf(bad))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).path()).isEqualTo("expires_in"));
        }
    }
}
