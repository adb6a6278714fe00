package dev.sluice.aws.clients;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every AWS call this function instance makes, by service and operation. Calls are the
 * bill (DESIGN.md §8), so every client the project builds carries this interceptor. Retries of one
 * call count once: the count is taken before execution, not per HTTP attempt.
 *
 * <p>Calls can also be attributed to a tag (a run id): a handler opens an {@link #attribute(String)} scope
 * around the work it does for that tag, on the calling thread (the SDK's sync clients run interceptors
 * there). Only tags someone asked to {@link #track(String)} are kept, so a long-lived function does not
 * accumulate one map per run it ever handled.
 */
@Singleton
public class AwsCallMeter implements ExecutionInterceptor {

    private final CallCounts counts = new CallCounts();
    private final Map<String, CallCounts> tracked = new ConcurrentHashMap<>();
    private final ThreadLocal<String> currentTag = new ThreadLocal<>();
    private volatile boolean trackingAll;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        record(service == null ? "unknown" : service, operation == null ? "unknown" : operation);
    }

    void record(String service, String operation) {
        counts.add(service, operation);
        String tag = currentTag.get();
        CallCounts perTag = tag == null ? null
                : trackingAll ? tracked.computeIfAbsent(tag, t -> new CallCounts()) : tracked.get(tag);
        if (perTag != null) {
            perTag.add(service, operation);
        }
    }

    /** Attributes this thread's calls to {@code tag} until the scope closes (scopes do not nest). */
    public Scope attribute(String tag) {
        String previous = currentTag.get();
        currentTag.set(tag);
        return () -> {
            if (previous == null) {
                currentTag.remove();
            } else {
                currentTag.set(previous);
            }
        };
    }

    /** Starts keeping the calls attributed to {@code tag}. */
    public void track(String tag) {
        tracked.putIfAbsent(tag, new CallCounts());
    }

    /** Keeps the calls of every tag from now until {@link #reset()} (benchmarks, tests). */
    public void trackAll() {
        trackingAll = true;
    }

    /** The calls attributed to a tracked tag: service → operation → calls (empty if not tracked). */
    public Map<String, Map<String, Long>> snapshot(String tag) {
        CallCounts perTag = tracked.get(tag);
        return perTag == null ? Map.of() : perTag.snapshot();
    }

    /** A sorted copy: service → operation → calls. */
    public Map<String, Map<String, Long>> snapshot() {
        return counts.snapshot();
    }

    public long total() {
        return counts.total();
    }

    public long count(String service, String operation) {
        return counts.count(service, operation);
    }

    /** Forgets every count and every tracked tag, and stops {@link #trackAll() tracking all}. */
    public void reset() {
        trackingAll = false;
        counts.clear();
        tracked.clear();
    }

    /** An attribution scope; closing it restores the thread's previous tag. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final class CallCounts {

        private final Map<String, Map<String, LongAdder>> byService = new ConcurrentHashMap<>();

        void add(String service, String operation) {
            byService.computeIfAbsent(service, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(operation, o -> new LongAdder())
                    .increment();
        }

        Map<String, Map<String, Long>> snapshot() {
            Map<String, Map<String, Long>> copy = new TreeMap<>();
            byService.forEach((service, ops) -> {
                Map<String, Long> opCopy = new TreeMap<>();
                ops.forEach((op, adder) -> opCopy.put(op, adder.sum()));
                copy.put(service, opCopy);
            });
            return copy;
        }

        long total() {
            return byService.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
        }

        long count(String service, String operation) {
            Map<String, LongAdder> ops = byService.get(service);
            LongAdder adder = ops == null ? null : ops.get(operation);
            return adder == null ? 0 : adder.sum();
        }

        void clear() {
            byService.clear();
        }
    }
}
