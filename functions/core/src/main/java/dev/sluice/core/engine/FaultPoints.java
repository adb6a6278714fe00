package dev.sluice.core.engine;

import dev.sluice.core.run.Run;

/**
 * Chaos hook: places in the {@link RunEngine} where a test may inject a crash, to check that the reaper
 * finishes what a lost invocation left. Inert in production: the default does nothing, and the bean the
 * functions wire ({@link ArmedCrash}) does nothing until a test arms it.
 */
public interface FaultPoints {

    /** Does nothing. */
    FaultPoints NONE = new FaultPoints() {
    };

    /**
     * Called right after {@code next} was stored (the conditional write succeeded) and before any of the
     * decision's effects (messages, stage execution, log lines) is carried out. Throwing here is a crash
     * between the stored decision and its effects.
     */
    default void afterApply(Run next) {
    }
}
