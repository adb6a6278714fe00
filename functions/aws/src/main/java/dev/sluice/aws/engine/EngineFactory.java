package dev.sluice.aws.engine;

import dev.sluice.core.engine.ArmedCrash;
import dev.sluice.core.engine.EngineSettings;
import dev.sluice.core.engine.FaultPoints;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.engine.RunReaperJob;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.engine.StageQueue;
import dev.sluice.core.run.ReaperGraces;
import dev.sluice.core.stage.StageCatalog;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The run engine as the api, worker and scheduler functions share it, over this module's adapters
 * ({@code DynamoRunStore}, {@code SqsStageQueue}).
 *
 * <p>Settings (environment variable → property; both the dotted and the kebab form are read):
 * {@code SLUICE_REAPER_WAKE_GRACE_SECONDS} ({@code sluice.reaper.wake-grace-seconds}, default 120),
 * {@code SLUICE_REAPER_QUEUED_GRACE_SECONDS} ({@code sluice.reaper.queued-grace-seconds}, default 300),
 * {@code SLUICE_ENGINE_LEASE_MARGIN_SECONDS} (30), {@code SLUICE_ENGINE_CHAIN_MINIMUM_SECONDS} (10),
 * {@code SLUICE_ENGINE_MAX_CONTEXT_BYTES} (65536).
 */
@Factory
public class EngineFactory {

    @Singleton
    EngineSettings engineSettings(Environment environment) {
        EngineSettings defaults = EngineSettings.DEFAULT;
        ReaperGraces graces = ReaperGraces.ofSeconds(
                number(environment, "sluice.reaper", "wake-grace-seconds", 0),
                number(environment, "sluice.reaper", "queued-grace-seconds", 0));
        return new EngineSettings(
                Duration.ofSeconds(number(environment, "sluice.engine", "lease-margin-seconds",
                        defaults.leaseMargin().toSeconds())),
                Duration.ofSeconds(number(environment, "sluice.engine", "chain-minimum-seconds",
                        defaults.chainMinimum().toSeconds())),
                (int) number(environment, "sluice.engine", "max-context-bytes", defaults.maxContextBytes()),
                graces);
    }

    /**
     * The chaos hook: inert unless a test arms it (see {@link ArmedCrash}). Exposed as both
     * {@link FaultPoints} and {@link ArmedCrash}, so integration tests can reach it through the context.
     */
    @Singleton
    ArmedCrash faultPoints() {
        return new ArmedCrash();
    }

    /** Retry jitter and lease owner ids; {@link Random} is thread-safe. */
    @Singleton
    RandomGenerator randomGenerator() {
        return new Random();
    }

    @Singleton
    RunEngine runEngine(RunStore store, StageQueue queue, StageCatalog catalog, RunLog log, Clock clock,
                        RandomGenerator random, EngineSettings settings, FaultPoints faults) {
        return new RunEngine(store, queue, catalog, log, clock, random, settings, faults);
    }

    @Singleton
    RunReaperJob runReaperJob(RunStore store, RunEngine engine) {
        return new RunReaperJob(store, engine);
    }

    /** {@code prefix.kebab-name}, or the dotted form an environment variable maps to, or the default. */
    public static long number(Environment environment, String prefix, String kebab, long fallback) {
        return environment.getProperty(prefix + "." + kebab, Long.class)
                .or(() -> environment.getProperty(prefix + "." + kebab.replace('-', '.'), Long.class))
                .orElse(fallback);
    }
}
