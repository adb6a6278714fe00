package dev.sluice.core.stream;

import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.log.RunLogStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory {@link RunLogStore} (a fake of the core port) that also counts reads. */
final class FakeRunLogStore implements RunLogStore {

    private final Map<String, List<LogLine>> lines = new HashMap<>();
    private final Map<String, Boolean> closed = new HashMap<>();
    final List<Integer> readLimits = new ArrayList<>();

    @Override
    public synchronized List<LogLine> append(String teamId, String runId, List<PendingLine> pending, boolean close) {
        List<LogLine> log = lines.computeIfAbsent(teamId + "/" + runId, k -> new ArrayList<>());
        List<LogLine> numbered = new ArrayList<>();
        for (PendingLine line : pending) {
            LogLine stored = line.numbered(log.size() + 1);
            log.add(stored);
            numbered.add(stored);
        }
        if (close) {
            closed.put(teamId + "/" + runId, true);
        }
        return numbered;
    }

    @Override
    public synchronized LogPage after(String teamId, String runId, long afterSeq, int limit) {
        readLimits.add(limit);
        List<LogLine> log = lines.getOrDefault(teamId + "/" + runId, List.of());
        List<LogLine> page = log.stream().filter(l -> l.seq() > afterSeq).limit(limit).toList();
        return new LogPage(page, log.size(), closed.getOrDefault(teamId + "/" + runId, false));
    }

    @Override
    public synchronized LogPage tail(String teamId, String runId, int count) {
        List<LogLine> log = lines.getOrDefault(teamId + "/" + runId, List.of());
        return new LogPage(log.subList(Math.max(0, log.size() - count), log.size()), log.size(),
                closed.getOrDefault(teamId + "/" + runId, false));
    }

    int reads() {
        return readLimits.size();
    }
}
