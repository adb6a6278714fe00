package dev.sluice.core.automation;

import dev.sluice.core.auth.TeamId;
import java.time.Instant;

/**
 * The per-automation rate limit of webhook starts (port; the DynamoDB adapter is in {@code aws}): a fixed
 * one-minute window ({@link MinuteWindow}) holding at most a configured number of requests. A request over the
 * limit is refused and not counted.
 */
public interface WebhookRateLimiter {

    /** Never refuses: for tests and functions that do not limit. */
    WebhookRateLimiter UNLIMITED = (team, automationId, now) -> Admission.ADMITTED;

    /** Counts one request of the automation's webhook at {@code now}, unless its window is already full. */
    Admission admit(TeamId team, String automationId, Instant now);

    /**
     * @param retryAfterSeconds when refused, the whole seconds until the window ends (at least 1); else 0
     */
    record Admission(boolean admitted, long retryAfterSeconds) {

        public static final Admission ADMITTED = new Admission(true, 0);

        public static Admission refused(MinuteWindow window, Instant now) {
            return new Admission(false, window.secondsLeft(now));
        }
    }
}
