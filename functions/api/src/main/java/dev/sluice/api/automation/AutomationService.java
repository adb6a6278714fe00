package dev.sluice.api.automation;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationDraft;
import dev.sluice.core.automation.AutomationParser;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.id.Ids;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Automation use cases behind the controller: validate, then one conditional write. */
@Singleton
public class AutomationService {

    public static final String ID_PREFIX = "auto";

    private final AutomationStore store;
    private final AutomationParser parser;
    private final Clock clock;
    private final Ids ids;

    public AutomationService(AutomationStore store, AutomationParser parser, Clock clock) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    public Automation create(TeamId team, Object body) {
        AutomationDraft draft = parser.parse(body);
        Automation automation = Automation.create(ids.next(ID_PREFIX), team.value(), draft, clock.instant());
        store.create(automation);
        return automation;
    }

    /** The tenant's automation, or 404 (also for ids of other tenants and malformed ids). */
    public Automation get(TeamId team, String id) {
        if (!Ids.looksLikeId(id, ID_PREFIX)) {
            throw notFound(id);
        }
        return store.find(team, id).orElseThrow(() -> notFound(id));
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

    public void delete(TeamId team, String id) {
        Automation current = get(team, id);
        if (!store.delete(current)) {
            throw notFound(id);
        }
    }

    public AutomationStore.Page list(TeamId team, int limit, String cursor) {
        return store.list(team, limit, cursor);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No automation " + id);
    }
}
