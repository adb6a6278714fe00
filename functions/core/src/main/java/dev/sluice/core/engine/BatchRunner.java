package dev.sluice.core.engine;

import dev.sluice.core.rules.Rules;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunSignal;
import dev.sluice.core.run.StageState;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageExecutor;
import dev.sluice.core.stage.StageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chunk of a {@code for_each} stage: the list at the stage's {@code for_each} path (a JSONLogic
 * {@code var} path over {@code {input, context}}, e.g. {@code context.items}), items
 * {@code [itemsDone, itemsDone + batchSize)}, the executor called once per item with the item.
 *
 * <p>Items that fail are counted, not retried: the stage passes once every item was tried, with the
 * summary {@code {items, passed, failed, errors}} (errors: the first {@value BatchTally#MAX_ERRORS}). The
 * running tally travels as {@link RunSignal.BatchProgress#summary()} and is kept as the stage's result
 * between chunks, so the next chunk (possibly in another invocation) goes on counting from it.
 *
 * <p>A chunk stops early, after at least one item, when less than the chain minimum of the invocation is
 * left; the remaining items go to the next chunk. A missing or non-list value fails the stage without retry.
 */
final class BatchRunner {

    private final StageRunner stages;
    private final Clock clock;
    private final EngineSettings settings;

    BatchRunner(StageRunner stages, Clock clock, EngineSettings settings) {
        this.stages = stages;
        this.clock = clock;
        this.settings = settings;
    }

    RunSignal chunk(Run run, StageDefinition definition, int index, int attempt, StageExecutor executor,
                    long credits, Instant deadline) {
        Object value = Rules.evaluate(Map.of("var", definition.forEach()),
                Map.of("input", run.input(), "context", run.context()));
        if (!(value instanceof List<?> items)) {
            String found = value == null ? "nothing" : "a " + value.getClass().getSimpleName();
            return failed(index, attempt, "for_each path " + definition.forEach() + " must hold a list, found " + found);
        }
        StageState state = run.stages().get(index);
        int total = items.size();
        int from = Math.min(state.itemsDone(), total);
        int to = Math.min(total, from + Math.max(1, definition.batchSize()));
        BatchTally tally = BatchTally.resume(from == 0 ? null : state.result());
        Map<String, Object> updates = new LinkedHashMap<>();
        Map<String, Object> context = run.context();
        int done = from;
        while (done < to && (done == from || timeLeft(deadline).compareTo(settings.chainMinimum()) >= 0)) {
            StageResult result = stages.call(executor, run, definition, attempt, context, items.get(done), done, deadline);
            switch (result) {
                case StageResult.Passed passed -> {
                    tally.passed();
                    updates.putAll(passed.contextUpdates());
                    context = ContextLimit.merged(run.context(), updates);
                }
                case StageResult.Failed failure -> tally.failed(done, failure.error());
                default -> tally.failed(done, "a for_each item cannot end with "
                        + result.getClass().getSimpleName());
            }
            done++;
        }
        stages.logger(run, definition.name(), attempt).info("items " + (from + 1) + "-" + done + " of " + total
                + " done: " + tally.passedCount() + " passed, " + tally.failedCount() + " failed so far");
        Optional<String> tooBig = stages.checkContext(run.context(), updates);
        if (tooBig.isPresent()) {
            return failed(index, attempt, tooBig.get());
        }
        if (done < total) {
            return new RunSignal.BatchProgress(index, attempt, done, total, updates, tally.summary(total));
        }
        return new RunSignal.Completed(index, attempt, new StageResult.Passed(tally.summary(total), updates),
                Math.max(0, credits));
    }

    private Duration timeLeft(Instant deadline) {
        return Duration.between(clock.instant(), deadline);
    }

    private static RunSignal failed(int index, int attempt, String error) {
        return new RunSignal.Completed(index, attempt, new StageResult.Failed(error, false), 0);
    }
}
