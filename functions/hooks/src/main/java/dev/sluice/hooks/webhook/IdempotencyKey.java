package dev.sluice.hooks.webhook;

import dev.sluice.core.engine.RunTrigger;
import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The optional {@code Idempotency-Key} header of a webhook call: 1-255 visible ASCII characters. With one, the
 * run start claims the key {@code webhook:<key>} for the automation for {@link #LIFETIME}; a repeat within that
 * time starts nothing and answers with the first run.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration LIFETIME = Duration.ofHours(24);
    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKey() {
    }

    /** The webhook trigger of a call with this header value (null: no header, no de-duplication). */
    public static RunTrigger trigger(String header) {
        if (header == null) {
            return new RunTrigger(TriggerKind.WEBHOOK, null, null, false);
        }
        if (!SHAPE.matcher(header).matches()) {
            throw new BadRequestException(HEADER + " must be 1 to 255 visible ASCII characters");
        }
        return RunTrigger.keyed(TriggerKind.WEBHOOK, "webhook:" + header, LIFETIME);
    }
}
