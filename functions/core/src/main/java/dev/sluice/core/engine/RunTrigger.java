package dev.sluice.core.engine;

import dev.sluice.core.schedule.TriggerKind;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a run starts: the {@link TriggerKind}, an optional start key that makes the start happen at most once
 * while the key lives (a schedule slot, a webhook's {@code Idempotency-Key}, an event id), and whether an
 * admin forced it past a {@code disabled} maintenance window.
 *
 * @param startKey    null for no de-duplication; otherwise unique per automation and purpose
 * @param startKeyTtl how long the key holds (ignored without a key)
 */
public record RunTrigger(TriggerKind kind, String startKey, Duration startKeyTtl, boolean adminForce) {

    public RunTrigger {
        Objects.requireNonNull(kind, "kind");
        if (startKey != null && (startKeyTtl == null || startKeyTtl.isNegative() || startKeyTtl.isZero())) {
            throw new IllegalArgumentException("a start key needs a positive lifetime");
        }
    }

    public static RunTrigger manual(boolean adminForce) {
        return new RunTrigger(TriggerKind.MANUAL, null, null, adminForce);
    }

    public static RunTrigger keyed(TriggerKind kind, String startKey, Duration ttl) {
        return new RunTrigger(kind, startKey, ttl, false);
    }

    /** The run's {@code trigger} on the wire. */
    public String wireName() {
        return kind.wireName();
    }
}
