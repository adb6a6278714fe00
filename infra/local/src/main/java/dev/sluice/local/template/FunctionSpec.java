package dev.sluice.local.template;

import java.util.List;
import java.util.Map;

/**
 * One {@code AWS::Serverless::Function} with Globals applied: handler class, limits, raw
 * environment variables (values may still be intrinsics) and its event sources.
 */
public record FunctionSpec(String logicalId, String handler, int timeoutSeconds, int memoryMb,
                           Map<String, Object> environment, List<EventSpec> events) {

    /** The class part of the handler ({@code pkg.Class} or {@code pkg.Class::method}). */
    public String handlerClass() {
        int sep = handler.indexOf("::");
        return sep < 0 ? handler : handler.substring(0, sep);
    }

    public <T extends EventSpec> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
