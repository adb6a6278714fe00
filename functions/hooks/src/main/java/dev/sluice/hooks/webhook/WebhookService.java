package dev.sluice.hooks.webhook;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.automation.WebhookRateLimiter;
import dev.sluice.core.automation.WebhookSignature;
import dev.sluice.core.automation.WebhookTokens;
import dev.sluice.core.engine.DuplicateStartException;
import dev.sluice.core.engine.RunStarter;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.engine.RunTrigger;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.error.UnauthorizedException;
import dev.sluice.core.run.Run;
import dev.sluice.hooks.error.TooManyRequestsException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook call, in this order (each step only when the previous passed):
 * <ol>
 *   <li>body over 256 KiB → 413 ({@link WebhookBody});</li>
 *   <li>the token: hashed and looked up whatever its shape, so unknown, rotated and malformed tokens take the
 *       same path and get the same 404;</li>
 *   <li>the automation's HMAC secret, if it has one: {@code X-Sluice-Signature} over the raw body → 401;</li>
 *   <li>the body as run input → 400; the {@code Idempotency-Key} header → 400;</li>
 *   <li>the automation's rate window → 429 (only requests that got this far count);</li>
 *   <li>the start ({@link RunStarter}): 409 disabled, maintenance window or every concurrency slot held,
 *       402 credits; a reused idempotency key answers with the run it started.</li>
 * </ol>
 */
@Singleton
public class WebhookService {

    static final String UNKNOWN = "Unknown webhook";

    private final AutomationStore automations;
    private final RunStarter starter;
    private final RunStore runs;
    private final WebhookRateLimiter limiter;
    private final Clock clock;

    public WebhookService(AutomationStore automations, RunStarter starter, RunStore runs, WebhookRateLimiter limiter,
                          Clock clock) {
        this.automations = automations;
        this.starter = starter;
        this.runs = runs;
        this.limiter = limiter;
        this.clock = clock;
    }

    public Outcome trigger(String token, byte[] body, String signature, String idempotencyKey) {
        WebhookBody.requireWithinLimit(body);
        Automation automation = resolve(token);
        String secret = automation.triggers().webhookSecret();
        if (secret != null) {
            if (signature == null) {
                throw new UnauthorizedException("This webhook is signed: send " + WebhookSignature.HEADER
                        + ": sha256=<hex HMAC-SHA256 of the body>");
            }
            if (!WebhookSignature.verify(secret, body, signature)) {
                throw new UnauthorizedException(WebhookSignature.HEADER + " does not match the body");
            }
        }
        Map<String, Object> input = WebhookBody.input(body);
        RunTrigger trigger = IdempotencyKey.trigger(idempotencyKey);
        TeamId team = new TeamId(automation.teamId());
        WebhookRateLimiter.Admission admission = limiter.admit(team, automation.id(), clock.instant());
        if (!admission.admitted()) {
            throw new TooManyRequestsException("This webhook is over its rate limit; retry in "
                    + admission.retryAfterSeconds() + " s", admission.retryAfterSeconds());
        }
        try {
            Run run = starter.start(automation, trigger, input);
            return new Outcome(run.id(), run.status().wireName(), false);
        } catch (DuplicateStartException duplicate) {
            String first = duplicate.existingRunId();
            if (first == null) {
                throw new ConflictException(IdempotencyKey.HEADER + " was already used for a run of this automation");
            }
            String status = runs.find(team, first).map(r -> r.status().wireName()).orElse(null);
            return new Outcome(first, status, true);
        }
    }

    /** Always one hash and one lookup, so a token's shape does not change the work done for it. */
    private Automation resolve(String token) {
        String presented = token == null ? "" : token;
        Optional<Automation> found = automations.findByWebhookTokenHash(WebhookTokens.hash(presented));
        if (found.isEmpty() || !WebhookTokens.looksValid(presented)) {
            throw new NotFoundException(UNKNOWN);
        }
        return found.get();
    }

    /**
     * @param status    the run's status ({@code queued} for a new run; the first run's current status, or null if
     *                  it is gone, for a duplicate)
     * @param duplicate the idempotency key had already started {@code runId}
     */
    public record Outcome(String runId, String status, boolean duplicate) {
    }
}
