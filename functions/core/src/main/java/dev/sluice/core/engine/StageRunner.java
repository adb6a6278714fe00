package dev.sluice.core.engine;

import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageExecutor;
import dev.sluice.core.stage.StageInvocation;
import dev.sluice.core.stage.StageLogger;
import dev.sluice.core.stage.StageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Executes one attempt of one stage (an {@link dev.sluice.core.run.Effect.ExecuteStage}) and reports what
 * came of it as the signal the decider takes next: {@link RunSignal.Completed}, or for a {@code for_each}
 * chunk with items left {@link RunSignal.BatchProgress}. Never throws for what an executor does: an
 * exception counts as a retriable failure, and context updates over the size limit as a final one.
 */
final class StageRunner {

    private final StageCatalog catalog;
    private final Clock clock;
    private final EngineSettings settings;
    private final BatchRunner batches;
    private final RunLog log;

    StageRunner(StageCatalog catalog, RunLog log, Clock clock, EngineSettings settings) {
        this.catalog = catalog;
        this.log = log;
        this.clock = clock;
        this.settings = settings;
        this.batches = new BatchRunner(this, clock, settings);
    }

    /**
     * @param deadline when the invocation must be done (executors get at most this much, and at most the
     *                 stage's timeout)
     */
    RunSignal execute(Run run, StageDefinition definition, int index, int attempt, Instant deadline) {
        Optional<StageExecutor> found = catalog.find(definition.type());
        if (found.isEmpty()) {
            return new RunSignal.Completed(index, attempt,
                    new StageResult.Failed("no executor is registered for stage type " + definition.type(), false), 0);
        }
        StageExecutor executor = found.get();
        long credits = definition.credits() != null ? definition.credits() : executor.defaultCredits();
        if (definition.isBatched()) {
            return batches.chunk(run, definition, index, attempt, executor, credits, deadline);
        }
        StageResult result = call(executor, run, definition, attempt, run.context(), null, -1, deadline);
        if (result instanceof StageResult.Passed passed) {
            Optional<String> tooBig = checkContext(run.context(), passed.contextUpdates());
            if (tooBig.isPresent()) {
                result = new StageResult.Failed(tooBig.get(), false);
            }
        }
        return new RunSignal.Completed(index, attempt, result, Math.max(0, credits));
    }

    /** One call of the executor; a thrown exception (or no result) is a retriable failure. */
    StageResult call(StageExecutor executor, Run run, StageDefinition definition, int attempt,
                     Map<String, Object> context, Object item, int itemIndex, Instant deadline) {
        Instant now = clock.instant();
        StageInvocation invocation = new StageInvocation(run.teamId(), run.id(), definition.name(), attempt,
                definition.params(), run.input(), context, item, itemIndex, now, budget(definition, now, deadline),
                logger(run, definition.name(), attempt));
        try {
            StageResult result = executor.execute(invocation);
            return result != null ? result
                    : new StageResult.Failed("stage executor " + executor.type() + " returned no result", true);
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new StageResult.Failed("stage " + definition.name() + " failed unexpectedly: " + why, true);
        }
    }

    /** The run log of one attempt, as its executor sees it. */
    StageLogger logger(Run run, String stageName, int attempt) {
        return new StageLogger() {
            @Override
            public void log(LogLevel level, String message) {
                log.append(run.teamId(), run.id(), new PendingLine(clock.instant(), stageName, attempt, level,
                        message == null ? "" : message));
            }

            @Override
            public void sensitive(String value) {
                log.sensitive(run.teamId(), run.id(), value);
            }
        };
    }

    Optional<String> checkContext(Map<String, Object> context, Map<String, Object> updates) {
        return ContextLimit.violation(context, updates, settings.maxContextBytes());
    }

    /** Time left before {@code deadline} (never negative), capped by the stage's timeout when it has one. */
    static Duration budget(StageDefinition definition, Instant now, Instant deadline) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        if (definition.timeoutSeconds() > 0) {
            Duration timeout = Duration.ofSeconds(definition.timeoutSeconds());
            return left.compareTo(timeout) > 0 ? timeout : left;
        }
        return left;
    }
}
