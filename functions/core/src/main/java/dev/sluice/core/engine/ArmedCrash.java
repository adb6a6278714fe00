package dev.sluice.core.engine;

import dev.sluice.core.run.Run;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FaultPoints} chaos hook that crashes once, on demand: after {@link #arm(String, int)} the engine
 * throws right after it stores the given run at the given version, before carrying out that decision's
 * effects (so, for example, the next stage's message is never sent). Inert unless armed: nothing in
 * production arms it; the functions wire it so that integration tests can reach it through the context.
 */
public final class ArmedCrash implements FaultPoints {

    private final Map<String, Long> armed = new ConcurrentHashMap<>();

    /** The next time run {@code runId} is stored at version {@code atVersion}, throw (once). */
    public void arm(String runId, int atVersion) {
        arm(runId, (long) atVersion);
    }

    /** As {@link #arm(String, int)}, for versions read as longs. */
    public void arm(String runId, long atVersion) {
        armed.put(runId, atVersion);
    }

    /** Whether a crash is still pending for the run. */
    public boolean isArmed(String runId) {
        return armed.containsKey(runId);
    }

    @Override
    public void afterApply(Run next) {
        Long version = armed.get(next.id());
        if (version != null && version == next.version() && armed.remove(next.id(), version)) {
            throw new InjectedCrash("injected crash after storing run " + next.id() + " at version " + version);
        }
    }

    /** The exception an armed crash throws. */
    public static final class InjectedCrash extends RuntimeException {
        public InjectedCrash(String message) {
            super(message);
        }
    }
}
