package dev.sluice.aws.stage;

import dev.sluice.core.automation.AutomationParser;
import dev.sluice.core.stage.HttpStageExecutor;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageExecutor;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The stage executors every function shares, and the automation parser that validates against them. */
@Factory
public class StageCatalogFactory {

    @Singleton
    StageCatalog stageCatalog() {
        return StageCatalog.standard(HttpStageExecutor.defaultClient());
    }

    @Singleton
    AutomationParser automationParser(StageCatalog catalog) {
        return new AutomationParser(type -> catalog.find(type).map(StageExecutor::schema), catalog.types());
    }
}
