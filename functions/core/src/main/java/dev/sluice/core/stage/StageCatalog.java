package dev.sluice.core.stage;

import java.net.http.HttpClient;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stage executors known to a function, by {@link StageExecutor#type()}. Executors are
 * registered at start-up (the standard five, then any a module adds: {@code emit}, {@code job}, ...)
 * and looked up for every stage. Thread-safe.
 */
public final class StageCatalog {

    private final Map<String, StageExecutor> executors = new ConcurrentHashMap<>();

    /** An empty catalog. */
    public StageCatalog() {
    }

    /**
     * A catalog of {@code http}, {@code transform}, {@code condition}, {@code wait} and {@code log}.
     *
     * @param httpClient the client of the {@code http} stage; it must not follow redirects
     *                   (see {@link HttpStageExecutor#defaultClient()})
     */
    public static StageCatalog standard(HttpClient httpClient) {
        return new StageCatalog()
                .register(new HttpStageExecutor(httpClient))
                .register(new TransformStageExecutor())
                .register(new ConditionStageExecutor())
                .register(new WaitStageExecutor())
                .register(new LogStageExecutor());
    }

    /**
     * Adds an executor under its type.
     *
     * @return this catalog
     * @throws IllegalArgumentException if the type is blank or already registered
     */
    public StageCatalog register(StageExecutor executor) {
        String type = executor.type();
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a stage executor needs a type");
        }
        if (executors.putIfAbsent(type, executor) != null) {
            throw new IllegalArgumentException("stage type " + type + " is already registered");
        }
        return this;
    }

    /** The executor of a stage type, if one is registered. */
    public Optional<StageExecutor> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(executors.get(type));
    }

    /** The registered types, sorted. */
    public Set<String> types() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(executors.keySet()));
    }
}
