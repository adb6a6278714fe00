package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.automation.DynamoWebhookRateLimiter;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.automation.WebhookRateLimiter.Admission;
import dev.sluice.local.LocalCloud;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DynamoDB webhook rate window against the local cloud's DynamoDB: one UpdateItem per request, per minute. */
@ExtendWith(LocalCloudExtension.class)
class WebhookRateLimiterIT {

    private static final Instant T = Instant.parse("2026-12-01T10:15:42Z");

    private static ApplicationContext context;
    private static LocalCloud cloud;
    private static DynamoWebhookRateLimiter limiter;

    @BeforeAll
    static void setUp(LocalCloud localCloud) {
        cloud = localCloud;
        context = ApplicationContext.builder().properties(Map.of("sluice.table", cloud.physicalName("Table")))
                .deduceEnvironment(false).environmentPropertySource(false).banner(false).start();
        limiter = new DynamoWebhookRateLimiter(cloud.aws().dynamo(), context.getBean(ResourceNames.class), 3);
    }

    @AfterAll
    static void tearDown() {
        context.close();
    }

    private static Map<String, AttributeValue> item(String team, String automationId) {
        return cloud.aws().dynamo().getItem(g -> g.tableName(cloud.physicalName("Table")).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("t#" + team),
                        "sk", AttributeValue.fromS(
                                "whkrate#" + automationId + "#" + T.getEpochSecond() / 60)))).item();
    }

    @Test
    void a_window_admits_the_limit_then_refuses_without_counting() {
        TeamId team = new TeamId(SluiceApi.newTenant());
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(team, "auto_a", T.plusSeconds(i))).isEqualTo(Admission.ADMITTED);
        }
        Admission refused = limiter.admit(team, "auto_a", T.plusSeconds(5));
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(13); // 10:15:47 → 10:16:00
        assertThat(limiter.admit(team, "auto_a", T.plusSeconds(6)).admitted()).isFalse();

        var counter = item(team.value(), "auto_a");
        assertThat(counter.get("n").n()).isEqualTo("3");
        assertThat(counter.get("entity").s()).isEqualTo("webhook_rate");
        assertThat(Long.parseLong(counter.get("expires_at").n()))
                .isEqualTo(Instant.parse("2026-12-01T10:16:00Z").getEpochSecond() + 120);
    }

    @Test
    void the_next_minute_and_other_automations_have_their_own_windows() {
        TeamId team = new TeamId(SluiceApi.newTenant());
        for (int i = 0; i < 3; i++) {
            limiter.admit(team, "auto_b", T);
        }
        assertThat(limiter.admit(team, "auto_b", T).admitted()).isFalse();
        assertThat(limiter.admit(team, "auto_c", T).admitted()).isTrue();
        assertThat(limiter.admit(new TeamId(SluiceApi.newTenant()), "auto_b", T).admitted()).isTrue();
        assertThat(limiter.admit(team, "auto_b", Instant.parse("2026-12-01T10:16:00Z")).admitted()).isTrue();
    }

    @Test
    void a_limit_below_one_is_refused_at_construction() {
        assertThatThrownBy(() -> new DynamoWebhookRateLimiter(cloud.aws().dynamo(), context.getBean(ResourceNames.class), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SLUICE_HOOKS_RATE_PER_MINUTE");
    }
}
