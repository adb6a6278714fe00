package dev.sluice.local.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed SAM template: its resources by logical id, parameter defaults, and the functions with
 * Globals applied. Only what the local cloud and the contract test need is typed; the rest stays
 * as the raw maps.
 */
public final class SamTemplate {

    public static final String FUNCTION = "AWS::Serverless::Function";
    public static final String TABLE = "AWS::DynamoDB::Table";
    public static final String QUEUE = "AWS::SQS::Queue";
    public static final String BUCKET = "AWS::S3::Bucket";
    public static final String SECRET = "AWS::SecretsManager::Secret";
    public static final String HTTP_API = "AWS::Serverless::HttpApi";

    private final Map<String, Object> root;
    private final Map<String, Map<String, Object>> resources;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
        this.resources = new LinkedHashMap<>();
        Values.map(root.get("Resources"), "Resources").forEach((id, body) -> resources.put(id, Values.map(body, id)));
    }

    public static SamTemplate load(Path file) throws IOException {
        return new SamTemplate(CfnYaml.read(file));
    }

    public static SamTemplate parse(String yaml) {
        return new SamTemplate(CfnYaml.parse(new java.io.StringReader(yaml)));
    }

    public Map<String, Map<String, Object>> resources() {
        return resources;
    }

    public String typeOf(String logicalId) {
        Map<String, Object> resource = resources.get(logicalId);
        return resource == null ? null : (String) resource.get("Type");
    }

    /** Logical ids of every resource of a type, in template order. */
    public List<String> idsOfType(String type) {
        return resources.entrySet().stream().filter(e -> type.equals(e.getValue().get("Type"))).map(Map.Entry::getKey).toList();
    }

    public Map<String, Object> properties(String logicalId) {
        Object props = resources.get(logicalId).get("Properties");
        return props == null ? Map.of() : Values.map(props, logicalId + ".Properties");
    }

    /** Parameter name → default value as a string (parameters without a default are absent). */
    public Map<String, String> parameterDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        Object params = root.get("Parameters");
        if (params != null) {
            Values.map(params, "Parameters").forEach((name, body) -> {
                Object value = Values.map(body, name).get("Default");
                if (value != null) {
                    defaults.put(name, String.valueOf(value));
                }
            });
        }
        return defaults;
    }

    public List<FunctionSpec> functions() {
        Map<String, Object> globals = globalsFunction();
        List<FunctionSpec> functions = new ArrayList<>();
        for (String id : idsOfType(FUNCTION)) {
            Map<String, Object> props = properties(id);
            Map<String, Object> env = new LinkedHashMap<>(variables(globals));
            env.putAll(variables(props));
            functions.add(new FunctionSpec(id,
                    (String) props.getOrDefault("Handler", globals.get("Handler")),
                    Values.intValue(props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3))),
                    Values.intValue(props.getOrDefault("MemorySize", globals.getOrDefault("MemorySize", 128))),
                    env, events(props)));
        }
        return functions;
    }

    private Map<String, Object> globalsFunction() {
        Object globals = root.get("Globals");
        if (globals == null) {
            return Map.of();
        }
        Object function = Values.map(globals, "Globals").get("Function");
        return function == null ? Map.of() : Values.map(function, "Globals.Function");
    }

    private static Map<String, Object> variables(Map<String, Object> props) {
        Object env = props.get("Environment");
        if (env == null) {
            return Map.of();
        }
        Object vars = Values.map(env, "Environment").get("Variables");
        return vars == null ? Map.of() : Values.map(vars, "Environment.Variables");
    }

    private static List<EventSpec> events(Map<String, Object> props) {
        List<EventSpec> events = new ArrayList<>();
        Object raw = props.get("Events");
        if (raw == null) {
            return events;
        }
        Values.map(raw, "Events").forEach((name, body) -> {
            Map<String, Object> event = Values.map(body, name);
            String type = (String) event.get("Type");
            Map<String, Object> p = event.get("Properties") == null ? Map.of() : Values.map(event.get("Properties"), name);
            events.add(switch (type) {
                case "HttpApi" -> new EventSpec.HttpApi(name,
                        p.get("Method") == null ? null : String.valueOf(p.get("Method")).toUpperCase(java.util.Locale.ROOT),
                        (String) p.get("Path"));
                case "SQS" -> new EventSpec.Sqs(name, p.get("Queue"), Values.intValue(p.getOrDefault("BatchSize", 10)),
                        Values.list(p.getOrDefault("FunctionResponseTypes", List.of())).contains("ReportBatchItemFailures"));
                case "Schedule", "ScheduleV2" -> new EventSpec.Schedule(name,
                        String.valueOf(p.getOrDefault("Schedule", p.get("ScheduleExpression"))),
                        !Boolean.FALSE.equals(p.get("Enabled")) && !"DISABLED".equals(p.get("State")));
                default -> new EventSpec.Other(name, type);
            });
        });
        return events;
    }
}
