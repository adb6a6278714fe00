package dev.sluice.core.stage;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often a stage is attempted and how long to wait between attempts: exponential backoff
 * {@code initial × multiplier^(attempt-1)}, capped at {@code maxDelay}, with up to {@code jitter}
 * (0..1) of the delay removed at random so retries of many runs do not arrive together.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5), 0.2);
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, 0.0);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("max_attempts must be between 1 and 20");
        }
        if (multiplier < 1.0 || multiplier > 10.0) {
            throw new IllegalArgumentException("multiplier must be between 1 and 10");
        }
        if (jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** Whether another attempt follows a failed {@code attempt} (1-based). */
    public boolean allowsRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait before attempt {@code nextAttempt} (2-based: the first retry is attempt 2). */
    public Duration delayBefore(int nextAttempt, RandomGenerator random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, nextAttempt - 2));
        double capped = Math.min(base, maxDelay.toMillis());
        double withJitter = capped * (1.0 - jitter * random.nextDouble());
        return Duration.ofMillis(Math.round(withJitter));
    }
}
