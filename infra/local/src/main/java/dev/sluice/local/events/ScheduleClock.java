package dev.sluice.local.events;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.sluice.local.gateway.LocalControlRoutes;
import dev.sluice.local.runtime.LocalFunction;
import dev.sluice.local.template.EventSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joda.time.DateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires every enabled Schedule event of the template on its expression, like an EventBridge rule
 * targeting the function, and on demand ({@link #fire(String)}, also {@code POST /_local/schedules/fire}).
 * A slow invocation does not pile up: the next fire time is computed after it returns.
 */
public final class ScheduleClock implements LocalControlRoutes.Schedules, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleClock.class);

    private record Entry(LocalFunction function, EventSpec.Schedule event, ScheduleExpression expression) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Clock clock;
    private final String region;
    private final String account;
    private volatile boolean running;

    public ScheduleClock(Clock clock, String region, String account) {
        this.clock = clock;
        this.region = region;
        this.account = account;
    }

    public void add(LocalFunction function, EventSpec.Schedule event) {
        entries.add(new Entry(function, event, ScheduleExpression.parse(event.expression())));
    }

    /** Starts one timer per enabled schedule. */
    public void start() {
        running = true;
        for (Entry entry : entries) {
            if (entry.event().enabled()) {
                threads.add(Thread.ofVirtual().name("schedule-" + entry.event().name()).start(() -> run(entry)));
            }
        }
    }

    private void run(Entry entry) {
        while (running) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = entry.expression().nextAfter(now);
            try {
                Thread.sleep(Math.max(0, Duration.between(now, next).toMillis()));
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                invoke(entry, next);
            }
        }
    }

    @Override
    public List<String> describe() {
        return entries.stream().map(e -> e.function().spec().logicalId() + "/" + e.event().name() + " "
                + e.expression() + (e.event().enabled() ? "" : " (disabled)")).toList();
    }

    @Override
    public int fire(String functionLogicalId) {
        int fired = 0;
        for (Entry entry : entries) {
            if (functionLogicalId == null || entry.function().spec().logicalId().equals(functionLogicalId)) {
                invoke(entry, ZonedDateTime.now(clock));
                fired++;
            }
        }
        return fired;
    }

    private void invoke(Entry entry, ZonedDateTime time) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount(account);
        event.setRegion(region);
        event.setTime(new DateTime(time.toInstant().toEpochMilli(), org.joda.time.DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:events:" + region + ":" + account + ":rule/" + entry.event().name()));
        event.setDetail(java.util.Map.of());
        try {
            entry.function().invoke(event);
        } catch (RuntimeException e) {
            LOG.warn("Scheduled invocation of {} failed", entry.function().physicalName(), e);
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
