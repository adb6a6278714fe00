package dev.sluice.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.local.LocalCloudOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hooks function's part of template.yaml: its one public route with its own throttling, and least
 * privilege (no S3, no secrets: a webhook start writes no run log and reads no secret).
 */
class HooksTemplateTest {

    private static SamTemplate template;

    @BeforeAll
    static void load() throws Exception {
        template = SamTemplate.load(LocalCloudOptions.findTemplate());
    }

    private static FunctionSpec hooks() {
        return template.functions().stream().filter(f -> f.logicalId().equals("HooksFunction")).findFirst().orElseThrow();
    }

    @Test
    void the_hooks_function_serves_exactly_the_webhook_route() {
        assertThat(hooks().handlerClass()).isEqualTo("dev.sluice.hooks.HooksHandler");
        assertThat(hooks().events(EventSpec.HttpApi.class)).extracting(EventSpec.HttpApi::routeKey)
                .containsExactly("POST /api/automations/webhook/{token}");
    }

    @Test
    void the_webhook_route_is_throttled_by_its_own_parameters() {
        Map<String, Object> events = Values.map(template.properties("HooksFunction").get("Events"), "Events");
        Map<String, Object> webhook = Values.map(Values.map(events.get("Webhook"), "Webhook").get("Properties"), "Webhook");
        Map<String, Object> settings = Values.map(webhook.get("RouteSettings"), "RouteSettings");
        assertThat(settings).containsEntry("ThrottlingRateLimit", Map.of("Ref", "WebhookThrottleRate"))
                .containsEntry("ThrottlingBurstLimit", Map.of("Ref", "WebhookThrottleBurst"));
        assertThat(template.parameterDefaults()).containsEntry("WebhookThrottleRate", "50")
                .containsEntry("WebhookThrottleBurst", "100").containsEntry("WebhookRatePerMinute", "120");
    }

    @Test
    void the_hooks_function_gets_the_table_the_stage_queue_and_nothing_else() {
        List<?> policies = Values.list(template.properties("HooksFunction").get("Policies"));
        assertThat(policies).hasSize(3);
        String text = policies.toString();
        // SQSSendMessagePolicy grants sqs:SendMessage* only; the queue URL is looked up once with GetQueueUrl.
        assertThat(text).contains("DynamoDBCrudPolicy").contains("SQSSendMessagePolicy").contains("StageQueue")
                .contains("sqs:GetQueueUrl").doesNotContain("EventsQueue")
                .doesNotContain("s3:").doesNotContain("SecretsManager");
        assertThat(hooks().environment()).containsKeys("SLUICE_QUEUE_STAGE", "SLUICE_HOOKS_RATE_PER_MINUTE")
                .doesNotContainKeys("SLUICE_JWT_SECRET_ARN", "SLUICE_ADMIN_KEY_ARN");
        assertThat(template.resources()).containsKey("HooksFunctionLogGroup");
    }
}
