package dev.sluice.api.automation;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.engine.RunCounters;
import dev.sluice.core.engine.RunStore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills an automation's {@code last_run} and {@code last_status} from its run counters
 * ({@link RunCounters#lastRunId()}, {@link RunCounters#lastRunAt()}) and that run's status.
 * Cost: 1 GetItem for the counters, plus 1 GetItem for the last run when there is one: at most 2 reads per
 * automation, so at most 1 + 2 × limit calls for a list page (41 for the default 20). The reads of a
 * page run concurrently on virtual threads, so the page costs about two read latencies.
 */
@Singleton
public class LastRuns {

    private final RunStore runs;

    public LastRuns(RunStore runs) {
        this.runs = runs;
    }

    public Automation fill(TeamId team, Automation automation) {
        RunCounters counters = runs.counters(team, automation.id());
        if (counters == null || counters.lastRunId() == null) {
            return automation;
        }
        String status = runs.find(team, counters.lastRunId()).map(r -> r.status().wireName()).orElse(null);
        Automation a = automation;
        return new Automation(a.id(), a.teamId(), a.name(), a.slug(), a.type(), a.description(), a.stages(),
                a.concurrency(), a.config(), a.enabled(), a.tags(), a.version(), a.createdAt(), a.updatedAt(),
                counters.lastRunAt(), status, a.triggers(), a.state());
    }

    public List<Automation> fill(TeamId team, List<Automation> automations) {
        if (automations.size() <= 1) {
            return automations.stream().map(a -> fill(team, a)).toList();
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Automation>> futures = automations.stream()
                    .map(a -> executor.submit(() -> fill(team, a))).toList();
            return futures.stream().map(LastRuns::join).toList();
        }
    }

    private static Automation join(Future<Automation> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading last runs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
