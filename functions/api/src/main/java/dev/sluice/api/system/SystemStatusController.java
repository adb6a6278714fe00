package dev.sluice.api.system;

import dev.sluice.aws.clients.AwsCallMeter;
import dev.sluice.aws.clients.AwsSettings;
import dev.sluice.aws.system.ResourceNames;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Admin view of this function instance: version, the resources it uses, and its AWS call counts. */
@Controller("/api/system")
@Secured("admin")
public class SystemStatusController {

    private final ResourceNames names;
    private final AwsSettings settings;
    private final AwsCallMeter meter;
    private final Clock clock;
    private final String functionName;
    private final Instant startedAt;

    public SystemStatusController(ResourceNames names, AwsSettings settings, AwsCallMeter meter, Clock clock,
                                  @Value("${aws.lambda.function.name:api}") String functionName) {
        this.names = names;
        this.settings = settings;
        this.meter = meter;
        this.clock = clock;
        this.functionName = functionName;
        this.startedAt = clock.instant();
    }

    @Get("/status")
    public Status status() {
        Instant now = clock.instant();
        return new Status(BuildVersion.get(), functionName, settings.region(), startedAt.toString(),
                Duration.between(startedAt, now).toSeconds(),
                new Resources(names.table(), names.bucket(), names.queues()),
                meter.snapshot(), meter.total());
    }

    @Serdeable
    public record Status(String version, String function, String region, String instanceStartedAt,
                         long uptimeSeconds, Resources resources, Map<String, Map<String, Long>> awsCalls,
                         long awsCallsTotal) {
    }

    @Serdeable
    public record Resources(String table, String bucket, Map<String, String> queues) {
    }
}
