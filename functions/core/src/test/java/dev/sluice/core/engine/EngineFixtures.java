package dev.sluice.core.engine;

import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationConfig;
import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageExecutor;
import dev.sluice.core.stage.StageInvocation;
import dev.sluice.core.stage.StageResult;
import dev.sluice.core.stage.StageSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Automations, stages and a catalog for the engine's pure tests: {@code paid} costs 3 by default, {@code free} 0. */
final class EngineFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5), 0.2);

    private EngineFixtures() {
    }

    static StageCatalog catalog() {
        return new StageCatalog().register(executor("paid", 3)).register(executor("free", 0));
    }

    static StageDefinition stage(String name, String type, Long credits) {
        return new StageDefinition(name, type, Map.of(), RETRY, 60, credits, FailurePolicy.FAIL, null, 10, 0);
    }

    static StageDefinition batched(String name, String type) {
        return new StageDefinition(name, type, Map.of(), RETRY, 60, null, FailurePolicy.FAIL, "context.items", 10, 5);
    }

    static Automation automation(List<StageDefinition> stages, AutomationConfig config, boolean enabled,
                                 int concurrency) {
        return new Automation("auto_01JD3X0000000000000000000A", "acme", "Nightly", "nightly", "pipeline", null,
                stages, concurrency, config, enabled, List.of(), 4, NOW, NOW, null, null, null, null);
    }

    static Automation automation(List<StageDefinition> stages) {
        return automation(stages, AutomationConfig.DEFAULT, true, 1);
    }

    private static StageExecutor executor(String type, long credits) {
        return new StageExecutor() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public StageSchema schema() {
                return null;
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public long defaultCredits() {
                return credits;
            }

            @Override
            public StageResult execute(StageInvocation invocation) {
                throw new UnsupportedOperationException("not executed in these tests");
            }
        };
    }
}
