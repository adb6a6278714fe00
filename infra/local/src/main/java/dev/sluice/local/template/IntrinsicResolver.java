package dev.sluice.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsics against the local cloud's physical resources: {@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub} (both forms), {@code Fn::Join}, {@code Fn::Select},
 * {@code Fn::Split}, parameters (their defaults) and pseudo parameters. Anything else fails loudly
 * with the function's name, so an unsupported construct is never silently wrong.
 */
public final class IntrinsicResolver {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /** What a logical id resolves to: its {@code Ref} value and its {@code GetAtt} attributes. */
    public record PhysicalResource(String ref, Map<String, String> attributes) {
    }

    private final Map<String, PhysicalResource> resources;
    private final Map<String, String> parameters;
    private final Map<String, String> pseudo;

    public IntrinsicResolver(Map<String, PhysicalResource> resources, Map<String, String> parameters,
                             String region, String accountId, String stackName) {
        this.resources = resources;
        this.parameters = parameters;
        this.pseudo = Map.of("AWS::Region", region, "AWS::AccountId", accountId, "AWS::StackName", stackName,
                "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com", "AWS::StackId",
                "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + stackName + "/local");
    }

    /** Resolves a value to a string (the form environment variables and names take). */
    public String resolveString(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof Map<?, ?> || resolved instanceof List<?>) {
            throw new IllegalArgumentException("Expected a scalar, got " + resolved);
        }
        return String.valueOf(resolved);
    }

    /** Resolves intrinsics anywhere inside a value; plain values come back unchanged. */
    public Object resolve(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = String.valueOf(map.keySet().iterator().next());
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    return evaluate(key, map.values().iterator().next());
                }
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), resolve(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(resolve(item)));
            return copy;
        }
        return value;
    }

    private Object evaluate(String function, Object arg) {
        return switch (function) {
            case "Ref" -> ref(String.valueOf(resolve(arg)));
            case "Fn::GetAtt" -> {
                List<?> parts = Values.list(resolve(arg));
                yield getAtt(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
            }
            case "Fn::Sub" -> sub(arg);
            case "Fn::Join" -> {
                List<?> parts = Values.list(arg);
                String separator = String.valueOf(parts.get(0));
                yield String.join(separator, Values.list(resolve(parts.get(1))).stream().map(String::valueOf).toList());
            }
            case "Fn::Select" -> {
                List<?> parts = Values.list(arg);
                yield Values.list(resolve(parts.get(1))).get(Values.intValue(resolve(parts.get(0))));
            }
            case "Fn::Split" -> {
                List<?> parts = Values.list(arg);
                yield List.of(resolveString(parts.get(1)).split(Pattern.quote(String.valueOf(parts.get(0))), -1));
            }
            default -> throw new IllegalArgumentException("The local cloud does not support " + function);
        };
    }

    private String ref(String name) {
        if (pseudo.containsKey(name)) {
            return pseudo.get(name);
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        PhysicalResource resource = resources.get(name);
        if (resource == null) {
            throw new IllegalArgumentException("Ref to unknown resource or parameter: " + name);
        }
        return resource.ref();
    }

    private String getAtt(String id, String attribute) {
        PhysicalResource resource = resources.get(id);
        if (resource == null || !resource.attributes().containsKey(attribute)) {
            throw new IllegalArgumentException("GetAtt " + id + "." + attribute + " is not available locally");
        }
        return resource.attributes().get(attribute);
    }

    private String sub(Object arg) {
        String template;
        Map<String, String> variables = new LinkedHashMap<>();
        if (arg instanceof List<?> list) {
            template = String.valueOf(list.get(0));
            Values.map(list.get(1), "Fn::Sub variables").forEach((k, v) -> variables.put(k, resolveString(v)));
        } else {
            template = String.valueOf(arg);
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}";
            } else if (variables.containsKey(name)) {
                replacement = variables.get(name);
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                int dot = name.indexOf('.');
                replacement = getAtt(name.substring(0, dot), name.substring(dot + 1));
            } else {
                replacement = ref(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
