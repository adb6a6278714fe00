package dev.sluice.core.engine;

import dev.sluice.core.log.BufferedRunLog;
import dev.sluice.core.log.InMemoryRunLogStore;
import dev.sluice.core.log.LogFlushPolicy;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.run.Decision;
import dev.sluice.core.run.ReaperGraces;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.Runs;
import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageCatalog;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageInvocation;
import dev.sluice.core.stage.StageResult;
import dev.sluice.core.stage.StageSchema;
import dev.sluice.core.stage.StageExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A {@link RunEngine} over in-memory fakes: a store with DynamoDB's version condition, a queue and a log
 * that record, a clock the test moves, and a {@code step} executor that counts its calls per stage and does
 * what the test scripts (pass by default).
 */
final class EngineHarness {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final String TEAM = "team_1";
    static final Duration LAMBDA = Duration.ofSeconds(60);
    static final RandomGenerator NO_JITTER = () -> 0L;

    final MutableClock clock = new MutableClock(T0);
    final InMemoryRunStore store = new InMemoryRunStore();
    final RecordingQueue queue = new RecordingQueue();
    final InMemoryRunLogStore logs = new InMemoryRunLogStore();
    final ArmedCrash crash = new ArmedCrash();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final List<Object> items = new ArrayList<>();
    volatile Function<StageInvocation, StageResult> script = inv -> new StageResult.Passed(inv.stageName(),
            Map.of(inv.stageName(), true));
    final RunEngine engine;
    private int runs;

    EngineHarness() {
        this(EngineSettings.DEFAULT);
    }

    EngineHarness(EngineSettings settings) {
        StageCatalog catalog = new StageCatalog().register(new StepExecutor());
        RunLog runLog = new BufferedRunLog(logs, clock, LogFlushPolicy.DEFAULT);
        engine = new RunEngine(store, queue, catalog, runLog, clock, NO_JITTER, settings, crash);
    }

    static EngineSettings settings(Duration chainMinimum, ReaperGraces graces) {
        return new EngineSettings(Duration.ofSeconds(30), chainMinimum, 64 * 1024, graces);
    }

    static StageDefinition step(String name) {
        return new StageDefinition(name, "step", Map.of(), RetryPolicy.DEFAULT, 30, null, FailurePolicy.FAIL,
                null, 0, 0);
    }

    static StageDefinition withRetry(StageDefinition s, RetryPolicy retry) {
        return new StageDefinition(s.name(), s.type(), s.params(), retry, s.timeoutSeconds(), s.credits(),
                s.onFailure(), s.forEach(), s.batchSize(), s.batchDelaySeconds());
    }

    static StageDefinition forEach(StageDefinition s, String path, int batchSize, int delaySeconds) {
        return new StageDefinition(s.name(), s.type(), s.params(), s.retry(), s.timeoutSeconds(), s.credits(),
                s.onFailure(), path, batchSize, delaySeconds);
    }

    /** Starts a run of these stages (stored at version 1); the first message is left to the test. */
    String start(Map<String, Object> input, StageDefinition... stages) {
        String id = "run_" + (++runs);
        Decision created = Runs.create(id, TEAM, "auto_1", 1, "manual", input, List.of(stages), 0, clock.instant());
        store.start(created.next(), List.of(stages), 1);
        return id;
    }

    String start(StageDefinition... stages) {
        return start(Map.of(), stages);
    }

    RunEngine.DeliveryOutcome deliver(String runId, int stage, int attempt) {
        return engine.deliver(new StageMessage(TEAM, runId, stage, attempt), LAMBDA);
    }

    /** Delivers the oldest queued message. */
    RunEngine.DeliveryOutcome deliverNext() {
        return engine.deliver(queue.take().message(), LAMBDA);
    }

    Run run(String runId) {
        return store.run(runId);
    }

    TeamId team() {
        return new TeamId(TEAM);
    }

    int calls(String stage) {
        AtomicInteger count = calls.get(stage);
        return count == null ? 0 : count.get();
    }

    /** Counts calls, then runs the script. */
    final class StepExecutor implements StageExecutor {
        @Override
        public String type() {
            return "step";
        }

        @Override
        public StageSchema schema() {
            return null;
        }

        @Override
        public boolean idempotent() {
            return true;
        }

        @Override
        public long defaultCredits() {
            return 1;
        }

        @Override
        public StageResult execute(StageInvocation invocation) {
            calls.computeIfAbsent(invocation.stageName(), k -> new AtomicInteger()).incrementAndGet();
            if (invocation.item() != null) {
                synchronized (items) {
                    items.add(invocation.item());
                }
            }
            return script.apply(invocation);
        }
    }

    /** The stage queue: messages kept in order with their delays. */
    static final class RecordingQueue implements StageQueue {

        record Sent(StageMessage message, Duration delay) {
        }

        final List<Sent> sent = new ArrayList<>();
        private int taken;

        @Override
        public synchronized void send(StageMessage message, Duration delay) {
            sent.add(new Sent(message, delay));
        }

        synchronized Sent take() {
            if (taken >= sent.size()) {
                throw new AssertionError("no message is queued; sent so far: " + sent);
            }
            return sent.get(taken++);
        }

        synchronized List<Sent> pending() {
            return List.copyOf(sent.subList(taken, sent.size()));
        }

        synchronized List<Duration> delays() {
            return sent.stream().map(Sent::delay).toList();
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

}
