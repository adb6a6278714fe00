package dev.sluice.aws.log;

import dev.sluice.aws.engine.EngineFactory;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.log.BufferedRunLog;
import dev.sluice.core.log.LogFlushPolicy;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.log.RunLogStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Run logs as the functions share them: {@link S3RunLogStore} behind a {@link BufferedRunLog}.
 *
 * <p>Settings: {@code SLUICE_LOGS_RETENTION_DAYS} ({@code sluice.logs.retention-days}, default 30; template.yaml
 * passes its {@code RunLogRetentionDays} parameter, which also drives the bucket's lifecycle rule), and
 * {@code SLUICE_LOGS_FLUSH_SECONDS} ({@code sluice.logs.flush-seconds}, default 2): a run's buffered lines are
 * stored early once the oldest is this old. {@code SLUICE_LOGS_TAG_OBJECTS} (default true) tags chunk objects for
 * the lifecycle rule; the local cloud turns it off because its S3 emulator refuses object tags.
 */
@Factory
public class LogFactory {

    @Singleton
    RunLogStore runLogStore(DynamoDbClient dynamo, S3Client s3, ResourceNames names, Clock clock,
                            RandomGenerator random, Environment environment) {
        long days = EngineFactory.number(environment, "sluice.logs", "retention-days", 30);
        boolean tag = environment.getProperty("sluice.logs.tag-objects", Boolean.class)
                .or(() -> environment.getProperty("sluice.logs.tag.objects", Boolean.class)).orElse(true);
        return new S3RunLogStore(dynamo, s3, names, clock, Duration.ofDays(Math.max(1, days)), random, tag);
    }

    @Singleton
    RunLog runLog(RunLogStore store, Clock clock, Environment environment) {
        LogFlushPolicy defaults = LogFlushPolicy.DEFAULT;
        long seconds = EngineFactory.number(environment, "sluice.logs", "flush-seconds",
                defaults.maxAge().toSeconds());
        return new BufferedRunLog(store, clock,
                new LogFlushPolicy(defaults.maxLines(), defaults.maxBytes(), Duration.ofSeconds(Math.max(0, seconds))));
    }
}
