package dev.sluice.core.engine;

import java.time.Duration;

/** The stage queue (port; SQS in {@code aws}). Delivery is at least once; delays are 0..900 s. */
public interface StageQueue {

    void send(StageMessage message, Duration delay);
}
