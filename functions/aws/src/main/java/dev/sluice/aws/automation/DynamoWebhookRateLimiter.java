package dev.sluice.aws.automation;

import dev.sluice.aws.engine.EngineFactory;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.MinuteWindow;
import dev.sluice.core.automation.WebhookRateLimiter;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Webhook rate windows in the single table: one counter item {@code (t#{team}, whkrate#{automation id}#{epoch
 * minute})} per automation and minute, counted with ONE UpdateItem {@code ADD n :one} under the condition
 * {@code attribute_not_exists(n) OR n < :limit}. A full window fails the condition, so a refused request is not
 * counted (it still costs the write unit). Items expire by TTL ({@code expires_at}) two minutes after their
 * window ends.
 *
 * <p>Setting: {@code SLUICE_HOOKS_RATE_PER_MINUTE} ({@code sluice.hooks.rate-per-minute}, default 120, at least 1).
 */
@Singleton
public class DynamoWebhookRateLimiter implements WebhookRateLimiter {

    static final String PREFIX = "whkrate#";
    static final long DEFAULT_PER_MINUTE = 120;
    private static final long TTL_MARGIN_SECONDS = 120;

    private final DynamoDbClient dynamo;
    private final ResourceNames names;
    private final long perMinute;

    public DynamoWebhookRateLimiter(DynamoDbClient dynamo, ResourceNames names, Environment environment) {
        this(dynamo, names, EngineFactory.number(environment, "sluice.hooks", "rate-per-minute", DEFAULT_PER_MINUTE));
    }

    public DynamoWebhookRateLimiter(DynamoDbClient dynamo, ResourceNames names, long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("SLUICE_HOOKS_RATE_PER_MINUTE must be at least 1, was " + perMinute);
        }
        this.dynamo = dynamo;
        this.names = names;
        this.perMinute = perMinute;
    }

    public long perMinute() {
        return perMinute;
    }

    @Override
    public Admission admit(TeamId team, String automationId, Instant now) {
        MinuteWindow window = MinuteWindow.of(now);
        try {
            dynamo.updateItem(u -> u.tableName(names.table())
                    .key(key(team.value(), automationId, window))
                    .updateExpression("ADD n :one SET entity = :entity, expires_at = :expires")
                    .conditionExpression("attribute_not_exists(n) OR n < :limit")
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":limit", AttributeValue.fromN(Long.toString(perMinute)),
                            ":entity", AttributeValue.fromS("webhook_rate"),
                            ":expires", AttributeValue.fromN(Long.toString(
                                    window.end().getEpochSecond() + TTL_MARGIN_SECONDS)))));
            return Admission.ADMITTED;
        } catch (ConditionalCheckFailedException full) {
            return Admission.refused(window, now);
        }
    }

    static Map<String, AttributeValue> key(String team, String automationId, MinuteWindow window) {
        return Map.of("pk", AttributeValue.fromS(AutomationItems.partition(team)),
                "sk", AttributeValue.fromS(PREFIX + automationId + "#" + window.epochMinute()));
    }
}
