package dev.sluice.local.template;

/** An event source of a function, as the local cloud emulates it. */
public sealed interface EventSpec {

    /** The event's logical name inside the function's {@code Events} map. */
    String name();

    /**
     * An API Gateway HTTP API route. A null path and method is the {@code $default} route that
     * receives every request no other route matches.
     */
    record HttpApi(String name, String method, String path) implements EventSpec {
        public boolean isDefaultRoute() {
            return path == null && method == null;
        }

        public String routeKey() {
            return isDefaultRoute() ? "$default" : method + " " + path;
        }
    }

    /** An SQS event source mapping. {@code queue} is the raw (unresolved) Queue property. */
    record Sqs(String name, Object queue, int batchSize, boolean reportsBatchItemFailures) implements EventSpec {
    }

    /** An EventBridge schedule: {@code rate(...)} or {@code cron(...)}. */
    record Schedule(String name, String expression, boolean enabled) implements EventSpec {
    }

    /** Any other event type; kept so contract checks can see it, not emulated. */
    record Other(String name, String type) implements EventSpec {
    }
}
