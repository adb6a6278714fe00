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
 */
@Singleton
public class AwsCallMeter implements ExecutionInterceptor {

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        record(service == null ? "unknown" : service, operation == null ? "unknown" : operation);
    }

    void record(String service, String operation) {
        counts.computeIfAbsent(service, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(operation, o -> new LongAdder())
                .increment();
    }

    /** A sorted copy: service → operation → calls. */
    public Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((service, ops) -> {
            Map<String, Long> opCopy = new TreeMap<>();
            ops.forEach((op, adder) -> opCopy.put(op, adder.sum()));
            copy.put(service, opCopy);
        });
        return copy;
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
    }

    public long count(String service, String operation) {
        Map<String, LongAdder> ops = counts.get(service);
        LongAdder adder = ops == null ? null : ops.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    public void reset() {
        counts.clear();
    }
}
