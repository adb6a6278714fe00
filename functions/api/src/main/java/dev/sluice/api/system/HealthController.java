package dev.sluice.api.system;

import dev.sluice.aws.system.ReadinessProbe;
import dev.sluice.aws.system.ReadinessProbe.Readiness;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Unauthenticated probes: liveness (no AWS), readiness (every dependency answers), and the API root. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class HealthController {

    private final ReadinessProbe probe;
    private final String docsUrl;

    public HealthController(ReadinessProbe probe, @Value("${sluice.docs.url:https://github.com/sluice-dev/sluice/blob/main/docs/api.md}") String docsUrl) {
        this.probe = probe;
        this.docsUrl = docsUrl;
    }

    @Get("/health")
    public Health health() {
        return new Health("ok", BuildVersion.get());
    }

    @Get("/ready")
    public HttpResponse<Ready> ready() {
        Readiness readiness = probe.check();
        return readiness.ready()
                ? HttpResponse.ok(new Ready("ready", null))
                : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Ready("not_ready", readiness.error()));
    }

    @Get("/api")
    public Root root() {
        return new Root("online", "sluice", BuildVersion.get(), docsUrl);
    }

    @Serdeable
    public record Health(String status, String version) {
    }

    @Serdeable
    public record Ready(String status, @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String error) {
    }

    @Serdeable
    public record Root(String status, String service, String version, String docsUrl) {
    }
}
