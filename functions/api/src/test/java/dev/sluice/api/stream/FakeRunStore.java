package dev.sluice.api.stream;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.stage.StageDefinition;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Runs held in memory, for the stream endpoint tests: only {@link #find} is used. */
@Singleton
@Replaces(RunStore.class)
@Requires(property = RunStreamApiTest.FAKES, value = "true")
public class FakeRunStore implements RunStore {

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    void put(String team, String runId, RunStatus status, Instant finishedAt) {
        runs.put(team + "/" + runId, new Run(runId, team, "auto_x", 1, status, "manual", Map.of(), Map.of(), List.of(),
                0, 1, false, false, 0, 0, Instant.EPOCH, null, finishedAt, null, null, null, null, null));
    }

    @Override
    public Optional<Run> find(TeamId team, String runId) {
        return Optional.ofNullable(runs.get(team.value() + "/" + runId));
    }

    @Override
    public void start(Run run, List<StageDefinition> plan, int concurrency, String startKey,
                      java.time.Instant startKeyExpiresAt) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void recordSkipped(Run run) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<LoadedRun> load(TeamId team, String runId) {
        throw new UnsupportedOperationException();
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
}
