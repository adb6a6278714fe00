package dev.sluice.core.stream;

import java.time.Duration;

/**
 * How one long-poll response of a run's log stream behaves.
 *
 * @param waitBudget    how long a response waits for something new before it ends with a retry hint;
 *                      API Gateway cuts a response at 30 s, so the default is 20 s
 * @param pollInterval  how often it reads the run and its log while waiting
 * @param linger        once it has sent lines, how much longer it waits for more before it ends
 * @param closeGrace    a terminal run whose log was never closed (its writer crashed) counts as ended
 *                      this long after it finished
 * @param pageSize      lines read per {@code RunLogStore.after} call
 * @param maxBodyChars  a response stops adding pages once its body is this long (Lambda answers at most
 *                      6 MB); the client reconnects and continues
 * @param retryMillis   the reconnection delay sent to the client
 */
public record StreamSettings(Duration waitBudget, Duration pollInterval, Duration linger, Duration closeGrace,
                             int pageSize, int maxBodyChars, long retryMillis) {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_POLL = Duration.ofMillis(500);

    public StreamSettings {
        requirePositive("pollInterval", pollInterval);
        if (waitBudget.isNegative() || linger.isNegative() || closeGrace.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (pageSize < 1 || maxBodyChars < 1 || retryMillis < 0) {
            throw new IllegalArgumentException("pageSize and maxBodyChars must be positive, retryMillis not negative");
        }
    }

    /** 20 s wait, 500 ms polls, 1 s linger, 10 s close grace, pages of 1000, 1 MiB bodies, retry 1000 ms. */
    public static StreamSettings defaults() {
        return new StreamSettings(DEFAULT_WAIT, DEFAULT_POLL, Duration.ofSeconds(1), Duration.ofSeconds(10),
                1000, 1024 * 1024, 1000);
    }

    public StreamSettings withWait(Duration wait, Duration poll) {
        return new StreamSettings(wait, poll, linger, closeGrace, pageSize, maxBodyChars, retryMillis);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
