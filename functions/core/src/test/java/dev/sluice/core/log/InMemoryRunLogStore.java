package dev.sluice.core.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test fake of the {@link RunLogStore} port: numbered lines in memory, and a count of chunks written. */
public final class InMemoryRunLogStore implements RunLogStore {

    private final Map<String, List<LogLine>> lines = new ConcurrentHashMap<>();
    private final Set<String> closed = ConcurrentHashMap.newKeySet();
    public final AtomicInteger chunks = new AtomicInteger();
    public volatile RuntimeException failNext;

    @Override
    public synchronized List<LogLine> append(String teamId, String runId, List<PendingLine> pending, boolean close) {
        if (failNext != null) {
            RuntimeException e = failNext;
            failNext = null;
            throw e;
        }
        List<LogLine> log = lines.computeIfAbsent(teamId + "/" + runId, k -> new ArrayList<>());
        List<LogLine> numbered = new ArrayList<>();
        for (PendingLine line : pending) {
            LogLine stored = line.numbered(log.size() + 1);
            log.add(stored);
            numbered.add(stored);
        }
        if (!pending.isEmpty()) {
            chunks.incrementAndGet();
        }
        if (close) {
            closed.add(teamId + "/" + runId);
        }
        return numbered;
    }

    @Override
    public synchronized LogPage after(String teamId, String runId, long afterSeq, int limit) {
        List<LogLine> log = lines.getOrDefault(teamId + "/" + runId, List.of());
        List<LogLine> page = log.stream().filter(l -> l.seq() > afterSeq).limit(limit).toList();
        return new LogPage(page, log.size(), closed.contains(teamId + "/" + runId));
    }

    @Override
    public synchronized LogPage tail(String teamId, String runId, int count) {
        List<LogLine> log = lines.getOrDefault(teamId + "/" + runId, List.of());
        return new LogPage(log.subList(Math.max(0, log.size() - count), log.size()), log.size(),
                closed.contains(teamId + "/" + runId));
    }

    /** Every stored line of every run, as {@code level: message}. */
    public synchronized List<String> messages() {
        return lines.values().stream().flatMap(List::stream)
                .map(l -> l.level().wireName() + ": " + l.message()).toList();
    }

    public synchronized List<LogLine> lines(String teamId, String runId) {
        return List.copyOf(lines.getOrDefault(teamId + "/" + runId, List.of()));
    }

    public boolean isClosed(String teamId, String runId) {
        return closed.contains(teamId + "/" + runId);
    }
}
