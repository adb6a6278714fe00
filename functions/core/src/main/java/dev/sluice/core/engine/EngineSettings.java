package dev.sluice.core.engine;

import dev.sluice.core.run.ReaperGraces;
import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link RunEngine} spends an invocation.
 *
 * @param leaseMargin     added to the invocation's remaining time to form a delivery's lease: the reaper
 *                        re-drives a stage only after the worker that holds it must have stopped
 * @param chainMinimum    the least remaining time to chain another zero-delay stage inline (and to start
 *                        another item of a batch chunk); below it the message goes to the queue instead
 * @param maxContextBytes the largest a run's context may grow to (as JSON, UTF-8); a stage whose context
 *                        updates would exceed it fails without retry
 * @param graces          how long the reaper waits before it re-sends a lost message
 */
public record EngineSettings(Duration leaseMargin, Duration chainMinimum, int maxContextBytes,
                             ReaperGraces graces) {

    /** 30 s lease margin, 10 s to chain, 64 KB of context, production reaper graces. */
    public static final EngineSettings DEFAULT = new EngineSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
            64 * 1024, ReaperGraces.DEFAULT);

    public EngineSettings {
        Objects.requireNonNull(leaseMargin, "leaseMargin");
        Objects.requireNonNull(chainMinimum, "chainMinimum");
        Objects.requireNonNull(graces, "graces");
        if (leaseMargin.isNegative() || chainMinimum.isNegative() || maxContextBytes < 1) {
            throw new IllegalArgumentException("engine settings must be positive");
        }
    }

    public EngineSettings withGraces(ReaperGraces newGraces) {
        return new EngineSettings(leaseMargin, chainMinimum, maxContextBytes, newGraces);
    }
}
