package dev.sluice.core.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock that only moves when the code under test sleeps; actions scheduled at a time run as it passes. */
final class FakeTime extends Clock implements Sleeper {

    private record Scheduled(Instant at, Runnable action) {
    }

    private Instant now;
    private final List<Scheduled> scheduled = new ArrayList<>();
    final List<Duration> sleeps = new ArrayList<>();

    FakeTime(Instant start) {
        this.now = start;
    }

    /** Runs {@code action} once the clock reaches {@code delay} from now. */
    void after(Duration delay, Runnable action) {
        scheduled.add(new Scheduled(now.plus(delay), action));
    }

    void advance(Duration duration) {
        now = now.plus(duration);
        List<Scheduled> due = scheduled.stream().filter(s -> !s.at().isAfter(now))
                .sorted(Comparator.comparing(Scheduled::at)).toList();
        scheduled.removeAll(due);
        due.forEach(s -> s.action().run());
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
