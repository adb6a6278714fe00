package dev.sluice.local.template;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks template.yaml against the code: every HTTP route has a controller method and every
 * controller method a route, every handler class exists and is a Lambda handler, every queue that
 * is not itself a dead-letter queue has one, and every SQS event source reports batch item failures.
 * Returns the violations as sentences; an empty list means the template and code agree.
 */
public final class TemplateContract {

    /** A controller route of the code: {@code GET /api/x/{}} and the class that serves it. */
    public record CodeRoute(String method, String path, Class<?> controller) {
        public String key() {
            return method + " " + normalize(path);
        }
    }

    private TemplateContract() {
    }

    public static List<String> violations(SamTemplate template, List<CodeRoute> codeRoutes) {
        List<String> problems = new ArrayList<>();
        for (FunctionSpec function : template.functions()) {
            checkHandler(function, problems);
            checkRoutes(function, codeRoutes, problems);
            for (EventSpec.Sqs sqs : function.events(EventSpec.Sqs.class)) {
                if (!sqs.reportsBatchItemFailures()) {
                    problems.add(function.logicalId() + "/" + sqs.name()
                            + ": SQS event lacks FunctionResponseTypes [ReportBatchItemFailures]");
                }
            }
        }
        checkDeadLetterQueues(template, problems);
        return problems;
    }

    private static void checkHandler(FunctionSpec function, List<String> problems) {
        if (function.handler() == null) {
            problems.add(function.logicalId() + ": no Handler");
            return;
        }
        try {
            Class<?> type = Class.forName(function.handlerClass(), false, TemplateContract.class.getClassLoader());
            if (!RequestHandler.class.isAssignableFrom(type)) {
                problems.add(function.logicalId() + ": handler " + type.getName() + " is not a RequestHandler");
            }
        } catch (ClassNotFoundException e) {
            problems.add(function.logicalId() + ": handler class " + function.handlerClass() + " does not exist");
        }
    }

    /** Controllers belong to a function when they live in its handler's package or below it. */
    private static void checkRoutes(FunctionSpec function, List<CodeRoute> codeRoutes, List<String> problems) {
        List<EventSpec.HttpApi> events = function.events(EventSpec.HttpApi.class);
        if (events.isEmpty() || function.handler() == null) {
            return;
        }
        String handlerPackage = packageOf(function.handlerClass());
        Set<String> inTemplate = new TreeSet<>();
        for (EventSpec.HttpApi event : events) {
            if (!event.isDefaultRoute()) {
                inTemplate.add(event.method() + " " + normalize(event.path()));
            }
        }
        Set<String> inCode = new TreeSet<>();
        for (CodeRoute route : codeRoutes) {
            if (packageOf(route.controller().getName()).startsWith(handlerPackage)) {
                inCode.add(route.key());
            }
        }
        for (String route : inTemplate) {
            if (!inCode.contains(route)) {
                problems.add(function.logicalId() + ": template route " + route + " has no controller method");
            }
        }
        for (String route : inCode) {
            if (!inTemplate.contains(route)) {
                problems.add(function.logicalId() + ": controller route " + route + " has no route in template.yaml");
            }
        }
    }

    private static void checkDeadLetterQueues(SamTemplate template, List<String> problems) {
        List<String> queues = template.idsOfType(SamTemplate.QUEUE);
        Set<String> deadLetterTargets = new HashSet<>();
        for (String id : queues) {
            Object redrive = template.properties(id).get("RedrivePolicy");
            if (redrive instanceof Map<?, ?> policy) {
                String target = referencedQueue(policy.get("deadLetterTargetArn"));
                if (target == null || !queues.contains(target)) {
                    problems.add(id + ": RedrivePolicy must target a queue of this template by !GetAtt <Queue>.Arn");
                } else {
                    deadLetterTargets.add(target);
                }
                if (policy.get("maxReceiveCount") == null) {
                    problems.add(id + ": RedrivePolicy lacks maxReceiveCount");
                }
            }
        }
        for (String id : queues) {
            if (!deadLetterTargets.contains(id) && template.properties(id).get("RedrivePolicy") == null) {
                problems.add(id + ": queue has no dead-letter queue (RedrivePolicy)");
            }
        }
    }

    private static String referencedQueue(Object arn) {
        if (arn instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> parts && parts.size() == 2
                && "Arn".equals(parts.get(1))) {
            return String.valueOf(parts.get(0));
        }
        return null;
    }

    /** {@code /api/runs/{run_id}} and {@code /api/runs/{id}} are the same route; query templates are dropped. */
    static String normalize(String path) {
        String withoutQuery = path.replaceAll("\\{[?&][^}]*}", "");
        String normalized = withoutQuery.replaceAll("\\{[^}+]+}", "{}").replaceAll("\\{[^}]+\\+}", "{+}");
        return normalized.length() > 1 && normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1)
                : normalized;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
