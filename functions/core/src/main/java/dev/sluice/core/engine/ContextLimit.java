package dev.sluice.core.engine;

import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cap on a run's context. The context lives on the run item, which every transition rewrites (and
 * DynamoDB bills by the whole item), so stages keep big data elsewhere and pass pointers.
 */
final class ContextLimit {

    private ContextLimit() {
    }

    /** The context after {@code updates} are laid over it, as the decider merges them. */
    static Map<String, Object> merged(Map<String, Object> context, Map<String, Object> updates) {
        if (updates.isEmpty()) {
            return context;
        }
        Map<String, Object> merged = new LinkedHashMap<>(context);
        merged.putAll(updates);
        return merged;
    }

    /**
     * Why {@code updates} may not be merged into {@code context}: the result is larger than
     * {@code maxBytes} as JSON, or is not JSON at all. Empty when they fit.
     */
    static Optional<String> violation(Map<String, Object> context, Map<String, Object> updates, int maxBytes) {
        if (updates.isEmpty()) {
            return Optional.empty();
        }
        int size;
        try {
            size = Json.write(merged(context, updates)).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonException e) {
            return Optional.of("context updates are not plain JSON values: " + e.getMessage());
        }
        if (size > maxBytes) {
            return Optional.of("context would grow to " + size + " bytes, over the limit of " + maxBytes
                    + " bytes; keep large data out of the run context");
        }
        return Optional.empty();
    }
}
