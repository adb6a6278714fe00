package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ConflictException;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tiny in-memory {@link RunStore}, {@link CreditStore} and {@link StageQueue} for {@link RunStarter} tests. */
final class InMemoryRunPorts implements RunStore, CreditStore, StageQueue {

    final Map<String, Run> runs = new LinkedHashMap<>();
    final Map<String, List<StageDefinition>> plans = new LinkedHashMap<>();
    final List<StageMessage> sent = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();
    final Map<String, String> startKeys = new LinkedHashMap<>();
    long balance;
    int balanceReads;

    @Override
    public void recordSkipped(Run run) {
        runs.put(run.id(), run);
    }

    @Override
    public void start(Run run, List<StageDefinition> plan, int concurrency, String startKey,
                      java.time.Instant startKeyExpiresAt) {
        long active = runs.values().stream()
                .filter(r -> r.automationId().equals(run.automationId()) && !r.isTerminal()).count();
        if (startKey != null && startKeys.containsKey(run.automationId() + "#" + startKey)) {
            throw new DuplicateStartException(startKey, startKeys.get(run.automationId() + "#" + startKey));
        }
        if (active >= concurrency) {
            throw new ConflictException("every concurrency slot is held");
        }
        if (runs.putIfAbsent(run.id(), run) != null) {
            throw new ConflictException("run exists");
        }
        if (startKey != null) {
            startKeys.put(run.automationId() + "#" + startKey, run.id());
        }
        plans.put(run.id(), plan);
    }

    @Override
    public Optional<Run> find(TeamId team, String runId) {
        return Optional.ofNullable(runs.get(runId)).filter(r -> r.teamId().equals(team.value()));
    }

    @Override
    public Optional<LoadedRun> load(TeamId team, String runId) {
        return find(team, runId).map(r -> new LoadedRun(r, plans.get(runId)));
    }

    @Override
    public boolean apply(Run previous, Run next, List<Effect> effects) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RunPage history(TeamId team, String automationId, int limit, String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Run> active(TeamId team, String automationId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RunCounters counters(TeamId team, String automationId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RunPage activeAcrossTenants(int limit, String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long balance(TeamId team) {
        balanceReads++;
        return balance;
    }

    @Override
    public LedgerEntry grant(TeamId team, long amount, String reason, String grantedBy) {
        balance += amount;
        return new LedgerEntry("cr_1", "grant", amount, reason, null, null, null, Instant.EPOCH, balance);
    }

    @Override
    public LedgerPage ledger(TeamId team, int limit, String cursor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(StageMessage message, Duration delay) {
        sent.add(message);
        delays.add(delay);
    }
}
