package dev.sluice.core.engine;

import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageExecutor;
import java.util.List;

/**
 * Turns an automation into the plan a run executes: its stages with the automation's
 * {@link AutomationConfig} laid over them, fixed when the run starts so later edits do not change it.
 * <ul>
 *   <li>{@code config.batch_size} and {@code config.batch_delay_seconds} replace those of every
 *       {@code for_each} stage (unbatched stages keep theirs);</li>
 *   <li>{@code config.max_retries} sets every stage's {@code retry.max_attempts} to {@code 1 + max_retries},
 *       keeping its delays;</li>
 *   <li>credits become a concrete number: {@code config.stage_credits[name]}, else the stage's own
 *       {@code credits}, else its executor's {@link StageExecutor#defaultCredits()}.</li>
 * </ul>
 * Pure: no I/O.
 */
public final class PlanResolver {

    private final StageCatalog catalog;

    public PlanResolver(StageCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The run's plan. {@link ConflictException} if a stage's type is no longer registered (the automation
     * was valid when written; a catalog without the type cannot run it).
     */
    public List<StageDefinition> resolve(Automation automation) {
        AutomationConfig config = automation.config() == null ? AutomationConfig.DEFAULT : automation.config();
        return automation.stages().stream().map(stage -> resolve(stage, config)).toList();
    }

    StageDefinition resolve(StageDefinition stage, AutomationConfig config) {
        int batchSize = stage.batchSize();
        int batchDelay = stage.batchDelaySeconds();
        if (stage.isBatched()) {
            batchSize = config.batchSize() != null ? config.batchSize() : batchSize;
            batchDelay = config.batchDelaySeconds() != null ? config.batchDelaySeconds() : batchDelay;
        }
        RetryPolicy retry = stage.retry() == null ? RetryPolicy.DEFAULT : stage.retry();
        if (config.maxRetries() != null) {
            retry = new RetryPolicy(1 + config.maxRetries(), retry.initialDelay(), retry.multiplier(), retry.maxDelay(),
                    retry.jitter());
        }
        return new StageDefinition(stage.name(), stage.type(), stage.params(), retry, stage.timeoutSeconds(),
                credits(stage, config), stage.onFailure(), stage.forEach(), batchSize, batchDelay);
    }

    private Long credits(StageDefinition stage, AutomationConfig config) {
        Long configured = config.stageCredits().get(stage.name());
        if (configured != null) {
            return configured;
        }
        if (stage.credits() != null) {
            return stage.credits();
        }
        return catalog.find(stage.type())
                .map(StageExecutor::defaultCredits)
                .orElseThrow(() -> new ConflictException("Stage '" + stage.name() + "' has type '" + stage.type()
                        + "', which this deployment does not know; update the automation"));
    }
}
