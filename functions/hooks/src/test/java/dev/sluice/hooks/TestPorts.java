package dev.sluice.hooks;

import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationStore;
import dev.sluice.core.automation.MinuteWindow;
import dev.sluice.core.automation.WebhookRateLimiter;
import dev.sluice.core.engine.CreditStore;
import dev.sluice.core.engine.DuplicateStartException;
import dev.sluice.core.engine.RunStore;
import dev.sluice.core.engine.StageMessage;
import dev.sluice.core.engine.StageQueue;
import dev.sluice.core.run.Run;
import dev.sluice.core.schedule.MaintenanceWindowStore;
import dev.sluice.core.schedule.StoredWindow;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** In the {@code hooks-test} environment every port of the hooks function is an in-memory fake. */
@Factory
@Requires(env = "hooks-test")
class TestPorts {

    /** Automations by token hash; counts every lookup. */
    static final class Automations {
        final Map<String, Automation> byHash = new ConcurrentHashMap<>();
        final AtomicInteger lookups = new AtomicInteger();
        volatile boolean failing;
    }

    /** Started runs (with their start keys) and recorded skipped runs. */
    static final class Runs {
        final List<Run> started = new CopyOnWriteArrayList<>();
        final List<Run> skipped = new CopyOnWriteArrayList<>();
        final Map<String, String> runByStartKey = new ConcurrentHashMap<>();
    }

    /** Admits {@code limit} requests per automation, then refuses with the window's remaining seconds. */
    static final class Limiter implements WebhookRateLimiter {
        volatile int limit = Integer.MAX_VALUE;
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public Admission admit(TeamId team, String automationId, Instant now) {
            AtomicInteger count = counts.computeIfAbsent(automationId, id -> new AtomicInteger());
            if (count.get() >= limit) {
                return Admission.refused(MinuteWindow.of(now), now);
            }
            count.incrementAndGet();
            return Admission.ADMITTED;
        }

        int counted(String automationId) {
            AtomicInteger count = counts.get(automationId);
            return count == null ? 0 : count.get();
        }
    }

    @Singleton
    Automations automations() {
        return new Automations();
    }

    @Singleton
    Runs runs() {
        return new Runs();
    }

    @Singleton
    @Replaces(AutomationStore.class)
    AutomationStore automationStore(Automations automations) {
        return proxy(AutomationStore.class, (method, args) -> switch (method) {
            case "findByWebhookTokenHash" -> {
                automations.lookups.incrementAndGet();
                if (automations.failing) {
                    throw new IllegalStateException("DynamoDB unavailable: internal detail");
                }
                yield Optional.ofNullable(automations.byHash.get((String) args[0]));
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @Singleton
    @Replaces(RunStore.class)
    RunStore runStore(Runs runs) {
        return proxy(RunStore.class, (method, args) -> switch (method) {
            case "start" -> {
                Run run = (Run) args[0];
                String key = args.length > 3 ? (String) args[3] : null;
                if (key != null) {
                    String previous = runs.runByStartKey.putIfAbsent(run.automationId() + "#" + key, run.id());
                    if (previous != null) {
                        throw new DuplicateStartException(key, previous);
                    }
                }
                runs.started.add(run);
                yield null;
            }
            case "recordSkipped" -> {
                runs.skipped.add((Run) args[0]);
                yield null;
            }
            case "find" -> runs.started.stream().filter(r -> r.id().equals(args[1])).findFirst();
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @Singleton
    @Replaces(CreditStore.class)
    CreditStore creditStore() {
        return proxy(CreditStore.class, (method, args) -> switch (method) {
            case "balance" -> 0L;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @Singleton
    @Replaces(StageQueue.class)
    RecordingQueue stageQueue() {
        return new RecordingQueue();
    }

    @Singleton
    @Replaces(MaintenanceWindowStore.class)
    WindowStore windowStore() {
        return new WindowStore();
    }

    @Singleton
    @Replaces(WebhookRateLimiter.class)
    Limiter limiter() {
        return new Limiter();
    }

    /** Stage messages sent. */
    static final class RecordingQueue implements StageQueue {
        final List<StageMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(StageMessage message, java.time.Duration delay) {
            sent.add(message);
        }
    }

    /** Maintenance windows of every tenant (only {@code all} is used by a start). */
    static final class WindowStore implements MaintenanceWindowStore {
        final List<StoredWindow> windows = new CopyOnWriteArrayList<>();

        @Override public void create(StoredWindow window) { windows.add(window); }
        @Override public Optional<StoredWindow> find(TeamId team, String id) { throw new UnsupportedOperationException(); }
        @Override public List<StoredWindow> all(TeamId team) {
            return windows.stream().filter(w -> w.teamId().equals(team.value())).toList();
        }
        @Override public void update(StoredWindow previous, StoredWindow updated) { throw new UnsupportedOperationException(); }
        @Override public boolean delete(StoredWindow window) { throw new UnsupportedOperationException(); }
    }

    interface Call {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(p, m, a);
            }
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("toString") ? type.getSimpleName() + " fake" : m.invoke(call, a);
            }
            return call.handle(m.getName(), a == null ? new Object[0] : a);
        });
    }
}
