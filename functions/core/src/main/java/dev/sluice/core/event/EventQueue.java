package dev.sluice.core.event;

/** The events queue (port; SQS in {@code aws}). Delivery is at least once. */
public interface EventQueue {

    void send(Event event);
}
