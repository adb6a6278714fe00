package dev.sluice.aws.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;

/**
 * The physical names of the resources a function uses, passed by template.yaml as environment
 * variables ({@code SLUICE_TABLE}, {@code SLUICE_BUCKET}, and one {@code SLUICE_QUEUE_<ROLE>} per
 * queue holding the queue's name). The template is the single source of these names.
 */
@Singleton
public class ResourceNames {

    private static final String QUEUE_PREFIX = "sluice.queue.";

    private final String table;
    private final String bucket;
    private final Map<String, String> queues;

    public ResourceNames(@Nullable @Value("${sluice.table:}") String table,
                         @Nullable @Value("${sluice.bucket:}") String bucket,
                         Environment environment) {
        this.table = table;
        this.bucket = bucket;
        this.queues = queuesFrom(environment);
    }

    public String table() {
        return table;
    }

    public String bucket() {
        return bucket;
    }

    /** Queue role (e.g. {@code stage}) → queue name. */
    public Map<String, String> queues() {
        return queues;
    }

    private static Map<String, String> queuesFrom(Environment environment) {
        Map<String, String> found = new TreeMap<>();
        for (String key : environment.getPropertyEntries("sluice.queue")) {
            environment.getProperty(QUEUE_PREFIX + key, String.class)
                    .filter(name -> !name.isBlank())
                    .ifPresent(name -> found.put(key, name));
        }
        return Map.copyOf(found);
    }
}
