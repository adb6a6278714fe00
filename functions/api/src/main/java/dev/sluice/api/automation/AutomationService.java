package dev.sluice.api.automation;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationDraft;
import dev.sluice.core.automation.AutomationParser;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.automation.WebhookTokens;
import dev.sluice.core.engine.RunEngine;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.id.Ids;
import dev.sluice.core.run.RunSignal;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** Automation use cases behind the controller: validate, then one conditional write. */
@Singleton
public class AutomationService {

    public static final String ID_PREFIX = "auto";

    private final AutomationStore store;
    private final AutomationParser parser;
    private final Clock clock;
    private final Ids ids;
    private final RunStore runs;
    private final BeanProvider<RunEngine> engine;
    private final LastRuns lastRuns;

    public AutomationService(AutomationStore store, AutomationParser parser, Clock clock, RunStore runs,
                             BeanProvider<RunEngine> engine, LastRuns lastRuns) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.runs = runs;
        this.engine = engine;
        this.lastRuns = lastRuns;
    }

    /** The new automation and its webhook token, which is shown this once and stored only as a hash. */
    public record Created(Automation automation, String webhookToken) {
    }

    public Created create(TeamId team, Object body) {
        AutomationDraft draft = parser.parse(body);
        String token = WebhookTokens.mint();
        Automation automation = Automation.create(ids.next(ID_PREFIX), team.value(), draft, WebhookTokens.hash(token),
                clock.instant());
        store.create(automation);
        return new Created(automation, token);
    }

    /** A new webhook token for the automation; the previous one stops working. Shown this once. */
    public String rotateWebhook(TeamId team, String id) {
        Automation current = get(team, id);
        String token = WebhookTokens.mint();
        store.update(current, current.withWebhookTokenHash(WebhookTokens.hash(token), clock.instant()));
        return token;
    }

    /** The tenant's automation, or 404 (also for ids of other tenants and malformed ids). */
    public Automation get(TeamId team, String id) {
        if (!Ids.looksLikeId(id, ID_PREFIX)) {
            throw notFound(id);
        }
        return store.find(team, id).orElseThrow(() -> notFound(id));
    }

    /** {@link #get} with {@code last_run} and {@code last_status} filled in (2 more reads at most). */
    public Automation getWithLastRun(TeamId team, String id) {
        return lastRuns.fill(team, get(team, id));
    }

    public Automation update(TeamId team, String id, Object body) {
        AutomationDraft draft = parser.parse(body);
        Automation current = get(team, id);
        Automation updated = current.update(draft, clock.instant());
        store.update(current, updated);
        return updated;
    }

    public Automation updateSettings(TeamId team, String id, Object body) {
        Automation current = get(team, id);
        AutomationParser.Settings settings = parser.parseSettings(body, current);
        Automation updated = current.withSettings(settings.enabled(), settings.config(), clock.instant());
        store.update(current, updated);
        return updated;
    }

    /**
     * Deletes the automation. While it has active runs this is a 409, unless {@code force}: then each active
     * run is cancelled first (a running run stops at its next checkpoint; its slot is released then).
     */
    public void delete(TeamId team, String id, boolean force) {
        Automation current = get(team, id);
        Set<String> active = runs.counters(team, id).activeRunIds();
        if (!active.isEmpty() && !force) {
            throw new ConflictException("Automation " + id + " has " + active.size()
                    + " active run(s); cancel them first or delete with ?force=true");
        }
        for (String runId : active) {
            try {
                engine.get().signal(team, runId, new RunSignal.CancelRequested());
            } catch (ConflictException | NotFoundException alreadyOver) {
                // finished or gone since the counters were read: nothing to cancel
            }
        }
        if (!store.delete(current)) {
            throw notFound(id);
        }
    }

    public AutomationStore.Page list(TeamId team, int limit, String cursor) {
        AutomationStore.Page page = store.list(team, limit, cursor);
        return new AutomationStore.Page(lastRuns.fill(team, page.items()), page.nextCursor());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No automation " + id);
    }
}
