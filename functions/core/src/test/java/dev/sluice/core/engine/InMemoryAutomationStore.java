package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.error.ConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test fake of the {@link AutomationStore} port: automations in memory, writes conditional on version. */
final class InMemoryAutomationStore implements AutomationStore {

    final Map<String, Automation> automations = new LinkedHashMap<>();

    @Override
    public synchronized void create(Automation automation) {
        if (automations.putIfAbsent(automation.id(), automation) != null) {
            throw new ConflictException("exists");
        }
    }

    @Override
    public synchronized Optional<Automation> find(TeamId team, String id) {
        return Optional.ofNullable(automations.get(id)).filter(a -> a.teamId().equals(team.value()));
    }

    @Override
    public synchronized void update(Automation previous, Automation updated) {
        Automation stored = automations.get(previous.id());
        if (stored == null || stored.version() != previous.version()) {
            throw new ConflictException("changed meanwhile");
        }
        automations.put(updated.id(), updated);
    }

    @Override
    public synchronized boolean delete(Automation automation) {
        return automations.remove(automation.id()) != null;
    }

    @Override
    public synchronized Page list(TeamId team, int limit, String cursor) {
        return new Page(automations.values().stream().filter(a -> a.teamId().equals(team.value())).toList(), null);
    }

    @Override
    public synchronized Optional<Automation> findByWebhookTokenHash(String tokenHash) {
        return automations.values().stream().filter(a -> tokenHash.equals(a.state().webhookTokenHash())).findFirst();
    }

    @Override
    public synchronized Optional<Automation> findBySlug(TeamId team, String slug) {
        return automations.values().stream().filter(a -> a.teamId().equals(team.value()) && a.slug().equals(slug))
                .findFirst();
    }

    @Override
    public synchronized List<Automation> listeningTo(TeamId team, String eventType) {
        return automations.values().stream()
                .filter(a -> a.teamId().equals(team.value()) && a.triggers().listensTo(eventType)).toList();
    }

    @Override
    public synchronized List<Automation> due(Instant now, int limit) {
        return automations.values().stream()
                .filter(a -> a.enabled() && a.state().nextRunAt() != null && !a.state().nextRunAt().isAfter(now))
                .sorted(Comparator.comparing(a -> a.state().nextRunAt())).limit(limit).toList();
    }
}
