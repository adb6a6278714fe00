package dev.sluice.local.provision;

import dev.sluice.local.template.IntrinsicResolver.PhysicalResource;
import dev.sluice.local.template.SamTemplate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The physical name, Ref value and GetAtt attributes of every template resource in the local cloud.
 * Names are {@code <stack>-<LogicalId>} (lowercased for buckets), so they are stable across restarts
 * and persisted data is found again.
 */
public final class LocalNames {

    private final String stack;
    private final String region;
    private final String account;
    private final String sqsEndpoint;

    public LocalNames(String stack, String region, String account, String sqsEndpoint) {
        this.stack = stack;
        this.region = region;
        this.account = account;
        this.sqsEndpoint = sqsEndpoint;
    }

    public String nameOf(SamTemplate template, String logicalId) {
        String name = stack + "-" + logicalId;
        return SamTemplate.BUCKET.equals(template.typeOf(logicalId)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    public String queueUrl(String queueName) {
        return sqsEndpoint + "/" + account + "/" + queueName;
    }

    public String queueArn(String queueName) {
        return "arn:aws:sqs:" + region + ":" + account + ":" + queueName;
    }

    public Map<String, PhysicalResource> all(SamTemplate template) {
        Map<String, PhysicalResource> resources = new LinkedHashMap<>();
        for (String id : template.resources().keySet()) {
            resources.put(id, physical(template, id));
        }
        return resources;
    }

    private PhysicalResource physical(SamTemplate template, String id) {
        String name = nameOf(template, id);
        String type = template.typeOf(id);
        return switch (type) {
            case SamTemplate.TABLE -> new PhysicalResource(name, Map.of(
                    "Arn", "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name,
                    "StreamArn", "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name + "/stream/local"));
            case SamTemplate.QUEUE -> new PhysicalResource(queueUrl(name), Map.of(
                    "Arn", queueArn(name), "QueueName", name, "QueueUrl", queueUrl(name)));
            case SamTemplate.BUCKET -> new PhysicalResource(name, Map.of(
                    "Arn", "arn:aws:s3:::" + name, "DomainName", name + ".s3.amazonaws.com"));
            case SamTemplate.SECRET -> new PhysicalResource(secretArn(id), Map.of("Id", secretArn(id)));
            case SamTemplate.FUNCTION -> new PhysicalResource(name, Map.of(
                    "Arn", "arn:aws:lambda:" + region + ":" + account + ":function:" + name));
            default -> new PhysicalResource(name, Map.of("Arn", "arn:aws:local:" + region + ":" + account + ":" + name));
        };
    }

    public String secretArn(String logicalId) {
        return "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + stack + "-" + logicalId;
    }
}
