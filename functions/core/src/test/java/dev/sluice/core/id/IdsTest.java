package dev.sluice.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void ids_are_prefixed_26_chars_and_sort_by_time() {
        Ids early = new Ids(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        Ids late = new Ids(Clock.fixed(Instant.parse("2026-11-22T10:00:00.001Z"), ZoneOffset.UTC));
        String a = early.next("run");
        String b = late.next("run");
        assertThat(a).startsWith("run_").hasSize(30);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(Ids.looksLikeId(a, "run")).isTrue();
        assertThat(Ids.looksLikeId(a, "auto")).isFalse();
        assertThat(Ids.looksLikeId("run_../../x", "run")).isFalse();
    }

    @Test
    void ids_in_the_same_millisecond_differ() {
        Ids ids = new Ids(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(ids.next("evt"));
        }
        assertThat(seen).hasSize(1000);
    }
}
