package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.stage.StageDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link RunStore} in memory with the DynamoDB adapter's guarantee: {@link #apply} writes only from the
 * stored version (a condition expression on {@code version}). Records every charge; a test may slip a
 * concurrent write in just before the next apply ({@link #beforeNextApply}).
 */
final class InMemoryRunStore implements RunStore {

    private final Map<String, LoadedRun> runs = new LinkedHashMap<>();
    private final List<Effect.ChargeCredits> charges = new ArrayList<>();
    private int applied;
    private int lostRaces;
    private Consumer<InMemoryRunStore> beforeNextApply;

    private final Map<String, String> startKeys = new LinkedHashMap<>();

    @Override
    public synchronized void start(Run run, List<StageDefinition> plan, int concurrency, String startKey,
                                   java.time.Instant startKeyExpiresAt) {
        if (runs.containsKey(run.id())) {
            throw new ConflictException("run exists");
        }
        if (startKey != null && startKeys.containsKey(startKey)) {
            throw new DuplicateStartException(startKey, startKeys.get(startKey));
        }
        if (startKey != null) {
            startKeys.put(startKey, run.id());
        }
        runs.put(run.id(), new LoadedRun(run, List.copyOf(plan)));
    }

    @Override
    public synchronized void recordSkipped(Run run) {
        runs.put(run.id(), new LoadedRun(run, List.of()));
    }

    @Override
    public synchronized Optional<Run> find(TeamId team, String runId) {
        return load(team, runId).map(LoadedRun::run);
    }

    @Override
    public synchronized Optional<LoadedRun> load(TeamId team, String runId) {
        LoadedRun loaded = runs.get(runId);
        return loaded == null || !loaded.run().teamId().equals(team.value()) ? Optional.empty() : Optional.of(loaded);
    }

    @Override
    public boolean apply(Run previous, Run next, List<Effect> effects) {
        Consumer<InMemoryRunStore> hook;
        synchronized (this) {
            hook = beforeNextApply;
            beforeNextApply = null;
        }
        if (hook != null) {
            hook.accept(this);
        }
        synchronized (this) {
            LoadedRun stored = runs.get(previous.id());
            if (stored == null || stored.run().version() != previous.version()
                    || next.version() != previous.version() + 1) {
                lostRaces++;
                return false;
            }
            runs.put(next.id(), new LoadedRun(next, stored.plan()));
            effects.stream().filter(Effect.ChargeCredits.class::isInstance).map(Effect.ChargeCredits.class::cast)
                    .forEach(charges::add);
            applied++;
            return true;
        }
    }

    synchronized void beforeNextApply(Consumer<InMemoryRunStore> hook) {
        this.beforeNextApply = hook;
    }

    synchronized Run run(String runId) {
        return runs.get(runId).run();
    }

    synchronized List<Effect.ChargeCredits> charges() {
        return List.copyOf(charges);
    }

    synchronized int applied() {
        return applied;
    }

    synchronized int lostRaces() {
        return lostRaces;
    }

    @Override
    public synchronized RunPage history(TeamId team, String automationId, int limit, String cursor) {
        List<Run> items = runs.values().stream().map(LoadedRun::run)
                .filter(r -> r.teamId().equals(team.value()) && r.automationId().equals(automationId))
                .sorted(Comparator.comparing(Run::createdAt).reversed()).limit(limit).toList();
        return new RunPage(items, null);
    }

    @Override
    public synchronized List<Run> active(TeamId team, String automationId) {
        return runs.values().stream().map(LoadedRun::run)
                .filter(r -> r.teamId().equals(team.value()) && r.automationId().equals(automationId))
                .filter(r -> !r.isTerminal()).toList();
    }

    @Override
    public synchronized RunCounters counters(TeamId team, String automationId) {
        return new RunCounters(Set.copyOf(active(team, automationId).stream().map(Run::id).toList()), runs.size(),
                Map.of(), null, null);
    }

    /** Pages of one run each, so paging is exercised. */
    @Override
    public synchronized RunPage activeAcrossTenants(int limit, String cursor) {
        List<Run> active = runs.values().stream().map(LoadedRun::run).filter(r -> !r.isTerminal()).toList();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        if (from >= active.size()) {
            return new RunPage(List.of(), null);
        }
        return new RunPage(List.of(active.get(from)), from + 1 < active.size() ? String.valueOf(from + 1) : null);
    }
}
