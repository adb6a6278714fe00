package dev.sluice.core.log;

import java.time.Duration;

/**
 * When a run's buffered lines are stored before the invocation is done with the run: at {@code maxLines}
 * lines, at {@code maxBytes} of message text, or when the oldest buffered line is {@code maxAge} old (checked
 * as lines arrive). Each early flush is one S3 PUT, so these trade live-view latency against cost.
 */
public record LogFlushPolicy(int maxLines, int maxBytes, Duration maxAge) {

    /** 500 lines, 256 KB, 2 s. */
    public static final LogFlushPolicy DEFAULT = new LogFlushPolicy(500, 256 * 1024, Duration.ofSeconds(2));

    /** Longest message kept per line; the rest is cut and marked. */
    public static final int MAX_MESSAGE_CHARS = 8192;

    public LogFlushPolicy {
        if (maxLines < 1 || maxBytes < 1 || maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("flush thresholds must be positive");
        }
    }
}
