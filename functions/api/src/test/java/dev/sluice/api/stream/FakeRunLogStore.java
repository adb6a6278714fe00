package dev.sluice.api.stream;

import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.log.RunLogStore;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A run log in memory (a fake of the core port), for the stream endpoint tests. */
@Singleton
@Replaces(RunLogStore.class)
@Requires(property = RunStreamApiTest.FAKES, value = "true")
public class FakeRunLogStore implements RunLogStore {

    private final Map<String, List<LogLine>> logs = new HashMap<>();
    private final Map<String, Boolean> closed = new HashMap<>();

    @Override
    public synchronized List<LogLine> append(String teamId, String runId, List<PendingLine> lines, boolean close) {
        List<LogLine> log = logs.computeIfAbsent(teamId + "/" + runId, k -> new ArrayList<>());
        List<LogLine> numbered = new ArrayList<>();
        for (PendingLine line : lines) {
            numbered.add(line.numbered(log.size() + 1));
            log.add(numbered.get(numbered.size() - 1));
        }
        closed.merge(teamId + "/" + runId, close, Boolean::logicalOr);
        return numbered;
    }

    @Override
    public synchronized LogPage after(String teamId, String runId, long afterSeq, int limit) {
        List<LogLine> log = logs.getOrDefault(teamId + "/" + runId, List.of());
        return new LogPage(log.stream().filter(l -> l.seq() > afterSeq).limit(limit).toList(), log.size(),
                closed.getOrDefault(teamId + "/" + runId, false));
    }

    @Override
    public synchronized LogPage tail(String teamId, String runId, int count) {
        List<LogLine> log = logs.getOrDefault(teamId + "/" + runId, List.of());
        return new LogPage(log.subList(Math.max(0, log.size() - count), log.size()), log.size(),
                closed.getOrDefault(teamId + "/" + runId, false));
    }
}
