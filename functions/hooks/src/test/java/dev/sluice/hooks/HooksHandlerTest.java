package dev.sluice.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.sluice.core.automation.Automation;
import dev.sluice.core.automation.AutomationParser;
import dev.sluice.core.automation.WebhookSignature;
import dev.sluice.core.automation.WebhookTokens;
import dev.sluice.core.rules.Json;
import dev.sluice.core.schedule.AutonomyOverride;
import dev.sluice.core.schedule.MaintenanceWindow;
import dev.sluice.core.schedule.StoredWindow;
import dev.sluice.hooks.webhook.WebhookBody;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hooks function as Lambda runs it (its own classpath: no Micronaut Security, no api beans), over in-memory
 * ports: the order of the checks, every refusal's status and {@code {"detail"}}, and the 202 / duplicate answers.
 */
class HooksHandlerTest {

    private static final String TEAM = "acme";
    private static final String SECRET = "sixteen-plus-characters-secret";

    private final ApplicationContext context = ApplicationContext.builder().environments("hooks-test")
            .deduceEnvironment(false).environmentPropertySource(false).banner(false)
            .properties(Map.of("sluice.aws.region", "us-east-1")).start();
    private final HooksHandler handler = new HooksHandler(context);
    private final TestPorts.Automations automations = context.getBean(TestPorts.Automations.class);
    private final TestPorts.Runs runs = context.getBean(TestPorts.Runs.class);
    private final TestPorts.Limiter limiter = context.getBean(TestPorts.Limiter.class);
    private final TestPorts.RecordingQueue queue = context.getBean(TestPorts.RecordingQueue.class);
    private final TestPorts.WindowStore windows = context.getBean(TestPorts.WindowStore.class);
    private int ids;

    @AfterEach
    void close() {
        handler.close();
        context.close();
    }

    /** Stores an automation (a free {@code log} stage unless the extra fields say otherwise) and returns its token. */
    private String automation(String extraFields) {
        String token = WebhookTokens.mint();
        Object body = Json.parse("{\"name\":\"hook " + (++ids) + "\",\"stages\":[{\"name\":\"say\",\"type\":\"log\","
                + "\"params\":{\"message\":\"hi\"}}]" + (extraFields == null ? "" : "," + extraFields) + "}");
        Automation automation = Automation.create("auto_" + String.format("%026d", ids), TEAM,
                context.getBean(AutomationParser.class).parse(body), WebhookTokens.hash(token), Instant.now());
        automations.byHash.put(WebhookTokens.hash(token), automation);
        return token;
    }

    private APIGatewayV2HTTPResponse post(String token, byte[] body, Map<String, String> headers) {
        return send("POST", "/api/automations/webhook/" + token, body, headers, false);
    }

    private APIGatewayV2HTTPResponse post(String token, String body, Map<String, String> headers) {
        return post(token, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private APIGatewayV2HTTPResponse send(String method, String path, byte[] body, Map<String, String> headers,
                                          boolean base64) {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("content-type", "application/json");
        if (body != null) {
            all.put("content-length", String.valueOf(body.length)); // API Gateway always forwards it
        }
        String text = body == null ? null
                : base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path).withRawQueryString("")
                .withHeaders(all).withBody(text).withIsBase64Encoded(base64)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                .withSourceIp("127.0.0.1").build())
                        .withStage("$default").build())
                .build();
        return handler.handleRequest(event, new TestLambdaContext());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(APIGatewayV2HTTPResponse response) {
        return (Map<String, Object>) Json.parse(response.getBody());
    }

    private static String detail(APIGatewayV2HTTPResponse response) {
        Map<String, Object> body = json(response);
        assertThat(body).containsOnlyKeys("detail");
        return (String) body.get("detail");
    }

    @Test
    void a_call_starts_a_queued_webhook_run_with_the_body_as_input() {
        String token = automation(null);
        var response = post(token, "{\"order\":42,\"items\":[1,2]}", Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(json(response)).containsOnlyKeys("run_id", "status").containsEntry("status", "queued");
        assertThat(runs.started).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(json(response).get("run_id"));
            assertThat(run.trigger()).isEqualTo("webhook");
            assertThat(run.input()).isEqualTo(Map.of("order", 42L, "items", List.of(1L, 2L)));
        });
        assertThat(queue.sent).hasSize(1);
    }

    @Test
    void an_empty_body_is_an_empty_input() {
        String token = automation(null);
        assertThat(post(token, (String) null, Map.of()).getStatusCode()).isEqualTo(202);
        assertThat(post(token, "  ", Map.of()).getStatusCode()).isEqualTo(202);
        assertThat(runs.started).extracting(run -> run.input()).containsOnly(Map.of());
    }

    @Test
    void unknown_rotated_and_malformed_tokens_are_the_same_404_after_the_same_lookup() {
        String live = automation(null);
        String rotated = WebhookTokens.mint(); // minted, never stored: what a rotated token looks up as
        List<String> tokens = List.of(rotated, "whk_short", "not-a-token-at-all", live.substring(0, live.length() - 1) + "!");
        for (String token : tokens) {
            var response = post(token, "{}", Map.of());
            assertThat(response.getStatusCode()).as(token).isEqualTo(404);
            assertThat(response.getBody()).as(token).isEqualTo("{\"detail\":\"Unknown webhook\"}");
        }
        assertThat(automations.lookups.get()).isEqualTo(tokens.size());
        assertThat(runs.started).isEmpty();
    }

    @Test
    void a_body_over_256_kib_is_413_before_the_token_is_looked_up() {
        String token = automation(null);
        byte[] big = ("{\"pad\":\"" + "x".repeat(WebhookBody.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        var response = post(token, big, Map.of());
        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(detail(response)).contains("262144");
        assertThat(automations.lookups.get()).isZero();
    }

    @Test
    void a_body_of_exactly_256_kib_is_accepted() {
        String token = automation(null);
        String prefix = "{\"pad\":\"";
        String body = prefix + "x".repeat(WebhookBody.MAX_BYTES - prefix.length() - 2) + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(WebhookBody.MAX_BYTES);
        assertThat(post(token, body, Map.of()).getStatusCode()).isEqualTo(202);
    }

    @Test
    void non_json_and_non_object_bodies_are_400() {
        String token = automation(null);
        for (String body : List.of("not json", "{\"a\":", "[1,2]", "\"text\"", "42", "null")) {
            var response = post(token, body, Map.of());
            assertThat(response.getStatusCode()).as(body).isEqualTo(400);
            assertThat(detail(response)).as(body).startsWith("Webhook body");
        }
        var binary = send("POST", "/api/automations/webhook/" + token, new byte[] {'{', (byte) 0xC3, '}'},
                Map.of("content-type", "application/octet-stream"), true);
        assertThat(binary.getStatusCode()).isEqualTo(400);
        assertThat(detail(binary)).contains("UTF-8");
        assertThat(runs.started).isEmpty();
    }

    @Test
    void any_content_type_is_read_as_json() {
        String token = automation(null);
        var response = post(token, "{\"a\":1}", Map.of("content-type", "text/plain"));
        assertThat(response.getStatusCode()).isEqualTo(202);
    }

    @Test
    void a_signed_webhook_needs_the_hmac_of_the_exact_body() {
        String token = automation("\"webhook_secret\":\"" + SECRET + "\"");
        byte[] body = "{\"order\":42}".getBytes(StandardCharsets.UTF_8);

        var missing = post(token, body, Map.of());
        assertThat(missing.getStatusCode()).isEqualTo(401);
        assertThat(detail(missing)).contains("X-Sluice-Signature");

        var wrong = post(token, body, Map.of("x-sluice-signature", WebhookSignature.sign(SECRET + "x", body)));
        assertThat(wrong.getStatusCode()).isEqualTo(401);
        assertThat(detail(wrong)).contains("does not match");

        var otherBody = post(token, "{\"order\":43}", Map.of("x-sluice-signature", WebhookSignature.sign(SECRET, body)));
        assertThat(otherBody.getStatusCode()).isEqualTo(401);
        assertThat(runs.started).isEmpty();

        var good = post(token, body, Map.of("x-sluice-signature", WebhookSignature.sign(SECRET, body)));
        assertThat(good.getStatusCode()).as(good.getBody()).isEqualTo(202);
    }

    @Test
    void refused_signatures_and_bodies_do_not_count_against_the_rate() {
        String token = automation("\"webhook_secret\":\"" + SECRET + "\"");
        Automation automation = automations.byHash.get(WebhookTokens.hash(token));
        post(token, "{}", Map.of("x-sluice-signature", "sha256=00"));
        byte[] bad = "[1]".getBytes(StandardCharsets.UTF_8);
        assertThat(post(token, bad, Map.of("x-sluice-signature", WebhookSignature.sign(SECRET, bad))).getStatusCode())
                .isEqualTo(400);
        assertThat(limiter.counted(automation.id())).isZero();
    }

    @Test
    void the_same_idempotency_key_answers_the_first_run() {
        String token = automation(null);
        var first = post(token, "{\"n\":1}", Map.of("idempotency-key", "delivery-7"));
        assertThat(first.getStatusCode()).isEqualTo(202);
        var again = post(token, "{\"n\":2}", Map.of("idempotency-key", "delivery-7"));
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(200);
        assertThat(json(again)).containsEntry("run_id", json(first).get("run_id"))
                .containsEntry("status", "queued").containsEntry("duplicate", true);
        var other = post(token, "{\"n\":3}", Map.of("idempotency-key", "delivery-8"));
        assertThat(other.getStatusCode()).isEqualTo(202);
        assertThat(runs.started).hasSize(2);
        assertThat(runs.runByStartKey).containsKey(runs.started.get(0).automationId() + "#webhook:delivery-7");
    }

    @Test
    void a_malformed_idempotency_key_is_400() {
        String token = automation(null);
        var response = post(token, "{}", Map.of("idempotency-key", "has space"));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("Idempotency-Key");
        assertThat(post(token, "{}", Map.of("idempotency-key", "k".repeat(256))).getStatusCode()).isEqualTo(400);
    }

    @Test
    void over_the_rate_is_429_with_retry_after() {
        String token = automation(null);
        limiter.limit = 2;
        assertThat(post(token, "{}", Map.of()).getStatusCode()).isEqualTo(202);
        assertThat(post(token, "{}", Map.of()).getStatusCode()).isEqualTo(202);
        var refused = post(token, "{}", Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(429);
        assertThat(detail(refused)).contains("rate limit");
        assertThat(Long.parseLong(refused.getHeaders().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(runs.started).hasSize(2);
    }

    @Test
    void a_maintenance_window_holding_webhooks_back_is_409_naming_it() {
        String token = automation(null);
        Instant now = Instant.now();
        windows.create(new StoredWindow("mw_1", TEAM, new MaintenanceWindow("db-upgrade", now.minusSeconds(60),
                now.plusSeconds(3600), null, ZoneOffset.UTC, List.of(), AutonomyOverride.MANUAL_ONLY, null), 1, now, now));
        var response = post(token, "{}", Map.of());
        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(detail(response)).contains("db-upgrade").contains("webhook");
        assertThat(runs.started).isEmpty();
        assertThat(runs.skipped).hasSize(1);
    }

    @Test
    void a_disabled_automation_is_409_and_an_unfunded_one_402() {
        var disabled = post(automation("\"enabled\":false"), "{}", Map.of());
        assertThat(disabled.getStatusCode()).isEqualTo(409);
        assertThat(detail(disabled)).contains("disabled");
        var unfunded = post(automation("\"config\":{\"stage_credits\":{\"say\":5}}"), "{}", Map.of());
        assertThat(unfunded.getStatusCode()).as(unfunded.getBody()).isEqualTo(402);
        assertThat(detail(unfunded)).contains("Insufficient credits");
    }

    @Test
    void a_failing_dependency_is_a_500_that_shows_no_internals() {
        String token = automation(null);
        automations.failing = true;
        var response = post(token, "{}", Map.of());
        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(detail(response)).isEqualTo("Internal error; the failure was logged");
    }

    @Test
    void other_routes_are_404_with_a_detail() {
        var response = send("GET", "/api/automations/webhook/x", null, Map.of(), false);
        assertThat(response.getStatusCode()).isIn(404, 405);
        assertThat(detail(response)).isNotBlank();
        var unknown = send("POST", "/nowhere", null, Map.of(), false);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(detail(unknown)).isEqualTo("No route for POST /nowhere");
    }
}
