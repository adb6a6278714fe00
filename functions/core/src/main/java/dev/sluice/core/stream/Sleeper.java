package dev.sluice.core.stream;

import java.time.Duration;

/** Waits between polls; tests pass one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep(Duration)}. */
    static Sleeper threadSleep() {
        return Thread::sleep;
    }
}
