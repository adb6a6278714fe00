package dev.sluice.local.provision;

import dev.sluice.local.template.IntrinsicResolver;
import dev.sluice.local.template.SamTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates every table (keys, GSIs, TTL), queue (attributes, redrive policy) and bucket that
 * template.yaml declares. Idempotent: what already exists (persisted state) is left as it is.
 */
public final class ResourceProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceProvisioner.class);
    private static final Map<String, QueueAttributeName> QUEUE_ATTRIBUTES = Map.of(
            "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT,
            "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD,
            "DelaySeconds", QueueAttributeName.DELAY_SECONDS,
            "ReceiveMessageWaitTimeSeconds", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS,
            "MaximumMessageSize", QueueAttributeName.MAXIMUM_MESSAGE_SIZE);

    private final SamTemplate template;
    private final LocalNames names;
    private final IntrinsicResolver resolver;

    public ResourceProvisioner(SamTemplate template, LocalNames names, IntrinsicResolver resolver) {
        this.template = template;
        this.names = names;
        this.resolver = resolver;
    }

    public void createTables(DynamoDbClient dynamo) {
        for (String id : template.idsOfType(SamTemplate.TABLE)) {
            Map<String, Object> props = asMap(resolver.resolve(template.properties(id)));
            String name = names.nameOf(template, id);
            try {
                dynamo.createTable(tableRequest(name, props));
                LOG.debug("Created table {}", name);
            } catch (ResourceInUseException exists) {
                LOG.debug("Table {} already exists", name);
            }
            Map<String, Object> ttl = asMap(props.get("TimeToLiveSpecification"));
            if (ttl != null && Boolean.TRUE.equals(ttl.get("Enabled"))) {
                enableTtl(dynamo, name, (String) ttl.get("AttributeName"));
            }
        }
    }

    private static void enableTtl(DynamoDbClient dynamo, String table, String attribute) {
        var current = dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        if (current == null || current.attributeName() == null) {
            dynamo.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName(attribute)));
        }
    }

    private static CreateTableRequest tableRequest(String name, Map<String, Object> props) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Object a : list(props.get("AttributeDefinitions"))) {
            Map<String, Object> def = asMap(a);
            attributes.add(AttributeDefinition.builder().attributeName((String) def.get("AttributeName"))
                    .attributeType((String) def.get("AttributeType")).build());
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (Object g : list(props.get("GlobalSecondaryIndexes"))) {
            Map<String, Object> gsi = asMap(g);
            Map<String, Object> projection = asMap(gsi.get("Projection"));
            gsis.add(GlobalSecondaryIndex.builder().indexName((String) gsi.get("IndexName"))
                    .keySchema(keySchema(gsi.get("KeySchema")))
                    .projection(Projection.builder().projectionType((String) projection.get("ProjectionType"))
                            .nonKeyAttributes(stringList(projection.get("NonKeyAttributes"))).build())
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(attributes).keySchema(keySchema(props.get("KeySchema")))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!gsis.isEmpty()) {
            request.globalSecondaryIndexes(gsis);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(Object raw) {
        return list(raw).stream().map(ResourceProvisioner::asMap).map(k -> KeySchemaElement.builder()
                .attributeName((String) k.get("AttributeName")).keyType((String) k.get("KeyType")).build()).toList();
    }

    /** Creates queues, then applies redrive policies (a DLQ may be declared after its source). */
    public void createQueues(SqsClient sqs) {
        List<String> ids = template.idsOfType(SamTemplate.QUEUE);
        for (String id : ids) {
            Map<String, Object> props = asMap(resolver.resolve(template.properties(id)));
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            QUEUE_ATTRIBUTES.forEach((property, attribute) -> {
                if (props.get(property) != null) {
                    attributes.put(attribute, String.valueOf(props.get(property)));
                }
            });
            String name = names.nameOf(template, id);
            sqs.createQueue(b -> b.queueName(name).attributes(attributes));
        }
        for (String id : ids) {
            Map<String, Object> redrive = asMap(asMap(resolver.resolve(template.properties(id))).get("RedrivePolicy"));
            if (redrive != null) {
                String url = sqs.getQueueUrl(b -> b.queueName(names.nameOf(template, id))).queueUrl();
                String policy = "{\"deadLetterTargetArn\":\"" + redrive.get("deadLetterTargetArn")
                        + "\",\"maxReceiveCount\":" + redrive.get("maxReceiveCount") + "}";
                sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
            }
        }
    }

    public void createBuckets(S3Client s3) {
        for (String id : template.idsOfType(SamTemplate.BUCKET)) {
            String name = names.nameOf(template, id);
            try {
                s3.headBucket(b -> b.bucket(name));
            } catch (S3Exception missing) {
                s3.createBucket(b -> b.bucket(name));
                LOG.debug("Created bucket {}", name);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> stringList(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
