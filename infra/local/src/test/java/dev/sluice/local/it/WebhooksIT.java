package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end through the local cloud: the api function mints the token, the hooks function (no auth)
 * starts the run, the worker runs it. The shared cloud runs with {@code SLUICE_HOOKS_RATE_PER_MINUTE} =
 * {@link LocalCloudExtension#WEBHOOK_RATE_PER_MINUTE}.
 */
@ExtendWith(LocalCloudExtension.class)
class WebhooksIT {

    private static final String STAGES = """
            [{"name":"note","type":"log","params":{"message":"webhook run"}}]""";
    private static final String SECRET = "a-shared-secret-of-the-sender";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFixture fx;
    private LocalCloud cloud;

    @BeforeEach
    void setUp(SluiceApi api, LocalCloud cloud) {
        this.fx = new RunFixture(api);
        this.cloud = cloud;
    }

    /** Creates an automation and returns its create answer ({@code id}, {@code webhook_token}, {@code webhook_path}). */
    private JsonNode create(String name, String extraFields) {
        String body = "{\"name\":\"" + name + "\",\"stages\":" + STAGES
                + (extraFields == null ? "" : "," + extraFields) + "}";
        var response = fx.api.post("/api/automations", fx.operator, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private SluiceApi.Response hook(String token, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/json");
        return fx.api.send("POST", "/api/automations/webhook/" + token, all, body);
    }

    private SluiceApi.Response hook(String token, String body) {
        return hook(token, body, Map.of());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private int historySize(String automationId) {
        var history = fx.api.get("/api/automations/" + automationId + "/history", fx.viewer);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        return history.json().get("items").size();
    }

    @Test
    void a_webhook_call_without_credentials_starts_a_run_with_the_body_as_input() throws Exception {
        JsonNode created = create("hooked", null);
        String token = created.get("webhook_token").asText();
        assertThat(created.get("webhook_path").asText()).isEqualTo("/api/automations/webhook/" + token);

        var response = hook(token, "{\"order\":42,\"tags\":[\"a\",\"b\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("status").asText()).isEqualTo("queued");
        String runId = response.json().get("run_id").asText();

        JsonNode run = fx.awaitTerminal(runId);
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.get("trigger").asText()).isEqualTo("webhook");
        assertThat(run.get("automation_id").asText()).isEqualTo(created.get("id").asText());
        assertThat(run.get("input")).isEqualTo(JSON.readTree("{\"order\":42,\"tags\":[\"a\",\"b\"]}"));
    }

    @Test
    void an_empty_body_starts_a_run_with_an_empty_input() {
        String token = create("empty", null).get("webhook_token").asText();
        var response = fx.api.send("POST", "/api/automations/webhook/" + token, Map.of(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(fx.awaitTerminal(response.json().get("run_id").asText()).get("input").isEmpty()).isTrue();
    }

    @Test
    void unknown_malformed_and_rotated_tokens_are_the_same_404() {
        JsonNode created = create("rotating", null);
        String old = created.get("webhook_token").asText();
        assertThat(hook(old, "{}").status()).isEqualTo(202);

        var rotated = fx.api.post("/api/automations/" + created.get("id").asText() + "/webhook/rotate", fx.operator, "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().get("webhook_token").asText();
        assertThat(fresh).isNotEqualTo(old);

        var neverIssued = hook("whk_" + "A".repeat(43), "{}");
        assertThat(neverIssued.status()).isEqualTo(404);
        for (String token : new String[] {old, "whk_short", "not-a-token", old.toUpperCase()}) {
            var response = hook(token, "{}");
            assertThat(response.status()).as(token).isEqualTo(404);
            assertThat(response.body()).as(token).isEqualTo(neverIssued.body()).isEqualTo("{\"detail\":\"Unknown webhook\"}");
        }
        var ok = hook(fresh, "{}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        assertThat(historySize(created.get("id").asText())).isEqualTo(2);
    }

    @Test
    void a_body_over_256_kib_is_413_and_starts_nothing() {
        JsonNode created = create("big", null);
        String body = "{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
        var response = hook(created.get("webhook_token").asText(), body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.detail()).contains("262144");
        assertThat(historySize(created.get("id").asText())).isZero();
    }

    @Test
    void a_body_that_is_not_a_json_object_is_400() {
        String token = create("strict", null).get("webhook_token").asText();
        var notJson = hook(token, "order=42", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.detail()).contains("not valid JSON");
        var array = hook(token, "[1,2,3]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.detail()).contains("must be a JSON object");
    }

    @Test
    void a_signed_webhook_needs_a_matching_hmac() throws Exception {
        JsonNode created = create("signed", "\"webhook_secret\":\"" + SECRET + "\"");
        String token = created.get("webhook_token").asText();
        var shown = fx.api.get("/api/automations/" + created.get("id").asText(), fx.viewer).json();
        assertThat(shown.get("webhook").get("signed").asBoolean()).isTrue();
        String body = "{\"event\":\"paid\",\"amount\":1200}";

        var missing = hook(token, body);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.detail()).contains("X-Sluice-Signature");

        var wrongSecret = hook(token, body, Map.of("X-Sluice-Signature", hmac(SECRET + "!", body)));
        assertThat(wrongSecret.status()).isEqualTo(401);
        var tampered = hook(token, body.replace("1200", "12000"), Map.of("X-Sluice-Signature", hmac(SECRET, body)));
        assertThat(tampered.status()).isEqualTo(401);
        var garbage = hook(token, body, Map.of("X-Sluice-Signature", "sha256=nope"));
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(historySize(created.get("id").asText())).isZero();

        var good = hook(token, body, Map.of("X-Sluice-Signature", hmac(SECRET, body)));
        assertThat(good.status()).as(good.body()).isEqualTo(202);
        JsonNode run = fx.awaitTerminal(good.json().get("run_id").asText());
        assertThat(run.get("input").get("amount").asInt()).isEqualTo(1200);
    }

    @Test
    void an_unsigned_webhook_ignores_a_signature_header() {
        String token = create("unsigned", null).get("webhook_token").asText();
        var response = hook(token, "{}", Map.of("X-Sluice-Signature", "sha256=whatever"));
        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_run_and_starts_one() {
        JsonNode created = create("idempotent", null);
        String token = created.get("webhook_token").asText();
        var first = hook(token, "{\"delivery\":1}", Map.of("Idempotency-Key", "evt_0001"));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        String runId = first.json().get("run_id").asText();
        fx.awaitTerminal(runId);

        var again = hook(token, "{\"delivery\":1}", Map.of("Idempotency-Key", "evt_0001"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("run_id").asText()).isEqualTo(runId);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(historySize(created.get("id").asText())).isEqualTo(1);

        var otherKey = hook(token, "{\"delivery\":2}", Map.of("Idempotency-Key", "evt_0002"));
        assertThat(otherKey.status()).as(otherKey.body()).isEqualTo(202);
        assertThat(otherKey.json().get("run_id").asText()).isNotEqualTo(runId);
    }

    @Test
    void a_token_over_its_rate_is_429_with_retry_after() throws Exception {
        String token = create("flooded", null).get("webhook_token").asText();
        int limit = LocalCloudExtension.WEBHOOK_RATE_PER_MINUTE;
        // concurrency 1: runs after the first may be refused with 409 while it holds the slot; both count.
        for (int i = 0; i < limit; i++) {
            assertThat(hook(token, "{}").status()).as("call %d", i + 1).isIn(202, 409);
        }
        // A fixed window may roll over between calls; within 2 × limit + 1 calls one must be refused.
        HttpResponse<String> refused = null;
        for (int i = 0; i <= limit && refused == null; i++) {
            HttpResponse<String> response = raw(token);
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("a 429 within the next %d calls", limit + 1).isNotNull();
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("rate limit");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
    }

    private HttpResponse<String> raw(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.baseUrl() + "/api/automations/webhook/" + token))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
