package dev.sluice.api.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.sluice.api.ApiHandler;
import dev.sluice.api.TestLambdaContext;
import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.rules.Json;
import dev.sluice.core.run.RunStatus;
import io.micronaut.context.ApplicationContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stream and stream-ticket endpoints through the Lambda handler, with the run and log stores
 * faked: SSE shape, Last-Event-ID, ?token=, ticket scoping. The long-poll timing is unit-tested in core.
 */
class RunStreamApiTest {

    static final String FAKES = "sluice.test.stream-fakes";
    static final String SECRET = "s".repeat(40);
    static final String RUN_A = "run_01JD3X0000000000000000000A";
    static final String RUN_B = "run_01JD3X0000000000000000000B";

    static ApplicationContext context;
    static ApiHandler handler;
    static String acmeViewer;
    static String otherViewer;

    @BeforeAll
    static void start() {
        context = ApplicationContext.builder().properties(Map.of(FAKES, "true", "sluice.aws.region", "us-east-1",
                        "sluice.table", "t", "sluice.bucket", "b", "sluice.jwt.secret", SECRET, "sluice.admin.key", "k",
                        "sluice.logs.stream-wait-seconds", "0", "sluice.logs.stream-poll-millis", "50"))
                .deduceEnvironment(false).environmentPropertySource(false).banner(false).start();
        handler = new ApiHandler(context);
        FakeRunStore runs = context.getBean(FakeRunStore.class);
        runs.put("acme", RUN_A, RunStatus.SUCCEEDED, Instant.now());
        runs.put("acme", RUN_B, RunStatus.RUNNING, null);
        FakeRunLogStore logs = context.getBean(FakeRunLogStore.class);
        logs.append("acme", RUN_A, lines(3, "multi\nline"), false);
        logs.append("acme", RUN_A, lines(1, "done"), true);
        logs.append("acme", RUN_B, lines(2, "working"), false);
        acmeViewer = mint("acme", "viewer");
        otherViewer = mint("other", "admin");
    }

    @AfterAll
    static void stop() throws Exception {
        handler.close();
        context.close();
    }

    static List<PendingLine> lines(int count, String message) {
        return IntStream.range(0, count).mapToObj(i -> new PendingLine(Instant.parse("2026-11-23T10:00:00Z"), "s1", 1,
                LogLevel.INFO, message)).toList();
    }

    static String mint(String team, String role) {
        var response = call("POST", "/api/auth/token", Map.of("x-admin-key", "k"), Map.of(),
                "{\"team_id\":\"" + team + "\",\"role\":\"" + role + "\"}");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return (String) ((Map<?, ?>) Json.parse(response.getBody())).get("token");
    }

    static APIGatewayV2HTTPResponse call(String method, String path, Map<String, String> headers,
                                         Map<String, String> query, String body) {
        Map<String, String> all = new HashMap<>(headers);
        if (body != null) {
            all.put("content-type", "application/json");
            all.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        }
        StringBuilder raw = new StringBuilder();
        query.forEach((k, v) -> raw.append(raw.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path).withRawQueryString(raw.toString())
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withHeaders(all).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                .withSourceIp("127.0.0.1").build())
                        .withStage("$default").build())
                .build();
        return handler.handleRequest(event, new TestLambdaContext());
    }

    static Map<String, String> bearer(String token) {
        return Map.of("authorization", "Bearer " + token);
    }

    static String stream(String run) {
        return "/api/automations/runs/" + run + "/stream";
    }

    static String ticket(String token, String run, String body) {
        var response = call("POST", "/api/automations/runs/" + run + "/stream-ticket", bearer(token), Map.of(), body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return (String) ((Map<?, ?>) Json.parse(response.getBody())).get("ticket");
    }

    static String body(APIGatewayV2HTTPResponse response) {
        return response.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(response.getBody()), StandardCharsets.UTF_8) : response.getBody();
    }

    static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Test
    void a_finished_run_streams_status_every_line_and_end_as_an_uncached_event_stream() {
        var response = call("GET", stream(RUN_A), bearer(acmeViewer), Map.of(), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getIsBase64Encoded()).isFalse();
        assertThat(header(response, "content-type")).startsWith("text/event-stream");
        assertThat(header(response, "cache-control")).isEqualTo("no-cache");
        assertThat(body(response)).startsWith("event: status\ndata: {\"status\":\"succeeded\"}\n\n"
                        + "id: 1\nevent: log\ndata: {\"seq\":1,\"ts\":\"2026-11-23T10:00:00Z\",\"stage\":\"s1\",\"attempt\":1,"
                        + "\"level\":\"info\",\"message\":\"multi\\nline\"}\n\nid: 2\n")
                .endsWith("id: 4\nevent: log\ndata: {\"seq\":4,\"ts\":\"2026-11-23T10:00:00Z\",\"stage\":\"s1\",\"attempt\":1,"
                        + "\"level\":\"info\",\"message\":\"done\"}\n\nevent: end\ndata: {\"status\":\"succeeded\"}\n\n");
    }

    @Test
    void last_event_id_header_wins_over_the_query_and_a_reconnect_after_end_gets_just_end() {
        var resumed = call("GET", stream(RUN_A), Map.of("authorization", "Bearer " + acmeViewer, "last-event-id", "2"),
                Map.of("last_event_id", "0"), null);
        assertThat(body(resumed)).doesNotContain("id: 1\n", "id: 2\n").contains("id: 3\n", "id: 4\n");

        var ended = call("GET", stream(RUN_A), bearer(acmeViewer), Map.of("last_event_id", "4"), null);
        assertThat(body(ended)).isEqualTo("event: end\ndata: {\"status\":\"succeeded\"}\n\n");
    }

    @Test
    void a_running_run_ends_the_response_with_a_retry_hint() {
        var response = call("GET", stream(RUN_B), bearer(acmeViewer), Map.of("last_event_id", "1"), null);
        assertThat(body(response)).isEqualTo("event: status\ndata: {\"status\":\"running\"}\n\n"
                + "id: 2\nevent: log\ndata: {\"seq\":2,\"ts\":\"2026-11-23T10:00:00Z\",\"stage\":\"s1\",\"attempt\":1,"
                + "\"level\":\"info\",\"message\":\"working\"}\n\nretry: 1000\n\n");
    }

    @Test
    void a_bad_last_event_id_is_422_with_detail() {
        var header = call("GET", stream(RUN_A), Map.of("authorization", "Bearer " + acmeViewer, "last-event-id", "-1"),
                Map.of(), null);
        assertThat(header.getStatusCode()).isEqualTo(422);
        assertThat(header.getBody()).contains("\"detail\":\"Last-Event-ID: must be a non-negative integer");
        var query = call("GET", stream(RUN_A), bearer(acmeViewer), Map.of("last_event_id", "abc"), null);
        assertThat(query.getStatusCode()).isEqualTo(422);
        assertThat(header(query, "content-type")).startsWith("application/json");
    }

    @Test
    void a_foreign_or_unknown_run_is_404_for_the_stream_and_the_ticket() {
        assertThat(call("GET", stream(RUN_A), bearer(otherViewer), Map.of(), null).getStatusCode()).isEqualTo(404);
        assertThat(call("GET", stream("run_nope"), bearer(acmeViewer), Map.of(), null).getStatusCode()).isEqualTo(404);
        var foreignTicket = call("POST", "/api/automations/runs/" + RUN_A + "/stream-ticket", bearer(otherViewer),
                Map.of(), null);
        assertThat(foreignTicket.getStatusCode()).isEqualTo(404);
        assertThat(foreignTicket.getBody()).contains("\"detail\"");
    }

    @Test
    void no_token_is_401() {
        assertThat(call("GET", stream(RUN_A), Map.of(), Map.of(), null).getStatusCode()).isEqualTo(401);
    }

    @Test
    void a_jwt_or_a_ticket_in_the_token_query_parameter_opens_the_stream() {
        assertThat(call("GET", stream(RUN_A), Map.of(), Map.of("token", acmeViewer), null).getStatusCode()).isEqualTo(200);
        String ticket = ticket(acmeViewer, RUN_A, null);
        var response = call("GET", stream(RUN_A), Map.of(), Map.of("token", ticket), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response)).endsWith("event: end\ndata: {\"status\":\"succeeded\"}\n\n");
    }

    @Test
    void the_authorization_header_is_read_before_the_token_query_parameter() {
        String ticket = ticket(acmeViewer, RUN_A, null);
        var response = call("GET", stream(RUN_A), bearer(otherViewer), Map.of("token", ticket), null);
        assertThat(response.getStatusCode()).isEqualTo(404);
    }

    @Test
    void the_token_query_parameter_is_ignored_on_every_other_route() {
        var response = call("GET", "/api/automations/runs/" + RUN_A, Map.of(), Map.of("token", acmeViewer), null);
        assertThat(response.getStatusCode()).isEqualTo(401);
    }

    @Test
    void a_ticket_carries_its_run_and_scope_and_lives_five_minutes_or_less() {
        var response = call("POST", "/api/automations/runs/" + RUN_A + "/stream-ticket", bearer(acmeViewer), Map.of(), "");
        Map<?, ?> json = (Map<?, ?>) Json.parse(response.getBody());
        assertThat(json.get("expires_in")).isEqualTo(300L);
        Map<?, ?> claims = claims((String) json.get("ticket"));
        assertThat(claims.keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("team_id", "role", "run_id", "scope", "iat", "exp");
        assertThat(claims.get("team_id")).isEqualTo("acme");
        assertThat(claims.get("role")).isEqualTo("viewer");
        assertThat(claims.get("run_id")).isEqualTo(RUN_A);
        assertThat(claims.get("scope")).isEqualTo("stream");
        assertThat((Long) claims.get("exp") - (Long) claims.get("iat")).isEqualTo(300L);

        Map<?, ?> shorter = claims(ticket(acmeViewer, RUN_A, "{\"expires_in\":60}"));
        assertThat((Long) shorter.get("exp") - (Long) shorter.get("iat")).isEqualTo(60L);
    }

    @Test
    void a_ticket_lifetime_out_of_range_or_unknown_fields_are_422_and_bad_json_400() {
        String path = "/api/automations/runs/" + RUN_A + "/stream-ticket";
        for (String body : List.of("{\"expires_in\":301}", "{\"expires_in\":9}", "{\"expires_in\":\"60\"}",
                "{\"expires\":60}", "{\"expires_in\":60.5}")) {
            var response = call("POST", path, bearer(acmeViewer), Map.of(), body);
            assertThat(response.getStatusCode()).as(body).isEqualTo(422);
            assertThat(response.getBody()).contains("\"detail\"");
        }
        assertThat(call("POST", path, bearer(acmeViewer), Map.of(), "{nope").getStatusCode()).isEqualTo(400);
    }

    @Test
    void a_ticket_for_one_run_is_404_on_another_run() {
        String ticket = ticket(acmeViewer, RUN_A, null);
        var response = call("GET", stream(RUN_B), Map.of(), Map.of("token", ticket), null);
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(call("GET", stream(RUN_B), bearer(ticket), Map.of(), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void a_ticket_is_403_on_every_other_route_and_cannot_mint_tickets() {
        String ticket = ticket(acmeViewer, RUN_A, null);
        assertThat(call("GET", "/api/automations/runs/" + RUN_A, bearer(ticket), Map.of(), null).getStatusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/auth/me", bearer(ticket), Map.of(), null).getStatusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/automations/runs/" + RUN_A + "/stream-ticket", bearer(ticket), Map.of(), null)
                .getStatusCode()).isEqualTo(403);
    }

    @Test
    void an_expired_ticket_is_401() {
        long now = Instant.now().getEpochSecond();
        String expired = hs256("{\"team_id\":\"acme\",\"role\":\"viewer\",\"run_id\":\"" + RUN_A
                + "\",\"scope\":\"stream\",\"iat\":" + (now - 400) + ",\"exp\":" + (now - 100) + "}");
        var response = call("GET", stream(RUN_A), Map.of(), Map.of("token", expired), null);
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getBody()).contains("\"detail\"");
    }

    @Test
    void a_ticket_with_another_scope_or_a_lifetime_over_five_minutes_is_401() {
        long now = Instant.now().getEpochSecond();
        String admin = hs256("{\"team_id\":\"acme\",\"role\":\"viewer\",\"run_id\":\"" + RUN_A
                + "\",\"scope\":\"admin\",\"iat\":" + now + ",\"exp\":" + (now + 60) + "}");
        String eternal = hs256("{\"team_id\":\"acme\",\"role\":\"viewer\",\"run_id\":\"" + RUN_A
                + "\",\"scope\":\"stream\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        assertThat(call("GET", stream(RUN_A), Map.of(), Map.of("token", admin), null).getStatusCode()).isEqualTo(401);
        assertThat(call("GET", stream(RUN_A), Map.of(), Map.of("token", eternal), null).getStatusCode()).isEqualTo(401);
    }

    static Map<?, ?> claims(String jwt) {
        return (Map<?, ?>) Json.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static String hs256(String claimsJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
