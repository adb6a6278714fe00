package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.asMap;
import static dev.sluice.core.stage.TestInvocation.failed;
import static dev.sluice.core.stage.TestInvocation.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.rules.Json;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code http} stage against a real server on the loopback interface. */
class HttpStageExecutorTest {

    private static LoopbackServer server;

    /** Sees every URI the client is about to connect to: a real client, no mock. */
    private final RecordingProxySelector connections = new RecordingProxySelector();
    private HttpStageExecutor http;

    @BeforeAll
    static void startServer() throws IOException {
        server = new LoopbackServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void newExecutor() {
        http = new HttpStageExecutor(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(connections)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private StageResult call(String paramsJson) {
        return http.execute(TestInvocation.params(paramsJson).build());
    }

    private String url(String path) {
        return server.url(path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(StageResult result) {
        return (Map<String, Object>) passed(result).summary();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> echoed(StageResult result) {
        return (Map<String, Object>) summary(result).get("body");
    }

    /** A run log that keeps lines as {@code level: message} and the values it was told to redact. */
    static final class RecordingLog implements StageLogger {
        final java.util.List<String> lines = new java.util.ArrayList<>();
        final java.util.List<String> sensitive = new java.util.ArrayList<>();

        @Override
        public void log(dev.sluice.core.log.LogLevel level, String message) {
            lines.add(level.wireName() + ": " + message);
        }

        @Override
        public void sensitive(String value) {
            sensitive.add(value);
        }
    }

    @Test
    void each_call_logs_method_url_without_query_status_and_time_and_names_credential_headers() {
        RecordingLog log = new RecordingLog();
        http.execute(TestInvocation.params("{\"url\": \"" + url("/json?sig=abc") + "\", \"headers\": {"
                + "\"Authorization\": \"Bearer tok-123\", \"X-Trace\": \"visible\", \"X-Github-Token\": \"ghp_1\"}}")
                .log(log).build());
        http.execute(TestInvocation.params("{\"url\": \"" + url("/status/503") + "\", \"method\": \"POST\"}")
                .log(log).build());

        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).startsWith("info: GET " + url("/json") + " -> 200 in ").endsWith(" ms")
                .doesNotContain("sig=abc");
        assertThat(log.lines.get(1)).startsWith("warn: POST " + url("/status/503") + " failed after ")
                .contains("HTTP 503");
        assertThat(log.sensitive).containsExactly("Bearer tok-123", "tok-123", "ghp_1");
    }

    @Test
    void http_get_passes_with_status_duration_parsed_body_and_extracted_values() {
        StageResult result = call("{\"url\": \"" + url("/json") + "\", \"extract\": {\"order_id\": \"/data/id\","
                + " \"first_tag\": \"/data/tags/0\", \"everything\": \"\"}}");

        Map<String, Object> summary = summary(result);
        assertThat(summary).containsEntry("status", 200L).containsEntry("truncated", false)
                .containsEntry("body", Json.parse(LoopbackServer.JSON_BODY));
        assertThat((Long) summary.get("duration_ms")).isNotNegative();
        assertThat(passed(result).contextUpdates()).containsExactly(Map.entry("order_id", 42L),
                Map.entry("first_tag", "a"), Map.entry("everything", Json.parse(LoopbackServer.JSON_BODY)));
    }

    @Test
    void http_non_json_body_is_kept_as_text() {
        assertThat(summary(call("{\"url\": \"" + url("/text") + "\"}"))).containsEntry("body", "plain words");
    }

    @Test
    void http_sends_the_idempotency_key_of_the_attempt() {
        StageResult result = http.execute(TestInvocation.params("{\"url\": \"" + url("/echo") + "\"}").attempt(3).build());

        assertThat(asMap(echoed(result).get("headers"))).containsEntry("idempotency-key", "run_01J:fetch:3");
    }

    @Test
    void http_sends_map_bodies_as_json_with_a_json_content_type() {
        Map<String, Object> echo = echoed(call("{\"method\": \"POST\", \"url\": \"" + url("/echo")
                + "\", \"body\": {\"a\": 1, \"b\": [true, null], \"c\": 2.0}}"));

        assertThat(echo).containsEntry("method", "POST");
        assertThat(asMap(echo.get("headers"))).containsEntry("content-type", "application/json");
        assertThat(Json.parse((String) echo.get("body"))).isEqualTo(Json.parse("{\"a\": 1, \"b\": [true, null], \"c\": 2}"));
    }

    @Test
    void http_sends_string_bodies_as_they_are_and_keeps_a_given_content_type() {
        Map<String, Object> echo = echoed(call("{\"method\": \"PUT\", \"url\": \"" + url("/echo") + "\","
                + " \"headers\": {\"Content-Type\": \"text/csv\"}, \"body\": \"a,b\\n1,2\"}"));

        assertThat(echo).containsEntry("method", "PUT").containsEntry("body", "a,b\n1,2");
        assertThat(asMap(echo.get("headers"))).containsEntry("content-type", "text/csv");
    }

    @Test
    void http_interpolates_url_headers_and_body_from_input_and_context() {
        StageResult result = http.execute(TestInvocation.params("{\"method\": \"PATCH\","
                        + " \"url\": \"" + url("/echo") + "/${input.order.id}?tenant=${context.tenant}\","
                        + " \"headers\": {\"Authorization\": \"Bearer ${context.token}\"},"
                        + " \"body\": {\"id\": \"${input.order.id}\", \"note\": \"order ${input.order.id} of ${run.id}\","
                        + " \"lines\": \"${input.order.lines}\"}}")
                .input("{\"order\": {\"id\": 7, \"lines\": [1, 2]}}")
                .context("{\"tenant\": \"acme\", \"token\": \"s3cret\"}").build());

        Map<String, Object> echo = echoed(result);
        assertThat(echo).containsEntry("path", "/echo/7").containsEntry("query", "tenant=acme");
        assertThat(asMap(echo.get("headers"))).containsEntry("authorization", "Bearer s3cret");
        assertThat(Json.parse((String) echo.get("body")))
                .isEqualTo(Map.of("id", 7L, "note", "order 7 of run_01J", "lines", List.of(1L, 2L)));
    }

    @Test
    void http_head_request_passes_without_body() {
        StageResult result = call("{\"method\": \"HEAD\", \"url\": \"" + url("/json") + "\"}");

        assertThat(summary(result)).containsEntry("status", 200L).containsEntry("body", "");
    }

    @Test
    void http_503_is_retriable_and_the_message_has_no_query_string() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/status/503") + "?api_key=topsecret\"}"));

        assertThat(failed.retriable()).isTrue();
        assertThat(failed.error()).isEqualTo("HTTP 503 from " + url("/status/503")).doesNotContain("topsecret");
    }

    @Test
    void http_429_and_408_are_retriable() {
        assertThat(failed(call("{\"url\": \"" + url("/status/429") + "\"}")).retriable()).isTrue();
        assertThat(failed(call("{\"url\": \"" + url("/status/408") + "\"}")).retriable()).isTrue();
    }

    @Test
    void http_404_is_not_retriable() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/status/404") + "\"}"));

        assertThat(failed).isEqualTo(new StageResult.Failed("HTTP 404 from " + url("/status/404"), false));
    }

    @Test
    void http_expected_status_may_accept_a_class_or_a_code() {
        assertThat(summary(call("{\"url\": \"" + url("/status/404") + "\", \"expected_status\": [\"4xx\"]}")))
                .containsEntry("status", 404L).containsEntry("body", "status 404");
        assertThat(summary(call("{\"url\": \"" + url("/status/503") + "\", \"expected_status\": [200, 503]}")))
                .containsEntry("status", 503L);
        assertThat(failed(call("{\"url\": \"" + url("/json") + "\", \"expected_status\": [201]}")))
                .isEqualTo(new StageResult.Failed("HTTP 200 from " + url("/json"), false));
    }

    @Test
    void http_redirect_is_not_followed_and_judged_by_its_status() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/redirect") + "\"}"));
        StageResult accepted = call("{\"url\": \"" + url("/redirect") + "\", \"expected_status\": [302]}");

        assertThat(failed).isEqualTo(new StageResult.Failed("HTTP 302 from " + url("/redirect"), false));
        assertThat(summary(accepted)).containsEntry("status", 302L);
        assertThat(connections.seen()).extracting(URI::getHost).containsOnly("127.0.0.1");
    }

    @Test
    void http_refuses_the_metadata_address_without_connecting() {
        StageResult.Failed failed = failed(call("{\"url\": \"http://169.254.169.254/latest/meta-data/iam\"}"));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).contains("169.254.169.254").contains("may not be called");
        assertThat(connections.seen()).isEmpty();
    }

    @Test
    void http_refuses_an_ipv6_link_local_address_without_connecting() {
        StageResult.Failed failed = failed(call("{\"url\": \"http://[fe80::1]:8080/x\"}"));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).contains("fe80").contains("link-local");
        assertThat(connections.seen()).isEmpty();
    }

    @Test
    void http_refuses_metadata_host_names_and_templated_urls_that_reach_them() {
        StageResult byName = call("{\"url\": \"http://metadata.google.internal/computeMetadata/v1/\"}");
        StageResult templated = http.execute(TestInvocation.params("{\"url\": \"${input.target}\"}")
                .input("{\"target\": \"http://169.254.170.2/v2/credentials\"}").build());

        assertThat(failed(byName).retriable()).isFalse();
        assertThat(failed(templated).retriable()).isFalse();
        assertThat(connections.seen()).isEmpty();
    }

    @Test
    void http_connection_seen_by_the_client_for_an_allowed_host() {
        passed(call("{\"url\": \"" + url("/json") + "\"}"));

        assertThat(connections.seen()).hasSize(1);
    }

    @Test
    void http_timeout_is_retriable() {
        long started = System.nanoTime();
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/slow") + "\", \"timeout_seconds\": 1}"));

        assertThat(failed.retriable()).isTrue();
        assertThat(failed.error()).isEqualTo("no response from " + url("/slow") + " within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void http_without_time_left_in_the_invocation_fails_retriably_before_connecting() {
        StageResult result = http.execute(TestInvocation.params("{\"url\": \"" + url("/json") + "\"}")
                .remaining(Duration.ofMillis(900)).build());

        assertThat(failed(result).retriable()).isTrue();
        assertThat(failed(result).error()).startsWith("not enough time left");
        assertThat(connections.seen()).isEmpty();
    }

    @Test
    void http_connection_refused_is_retriable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        StageResult.Failed failed = failed(call("{\"url\": \"http://127.0.0.1:" + closedPort + "/x?k=v\"}"));

        assertThat(failed).isEqualTo(new StageResult.Failed("cannot connect to http://127.0.0.1:" + closedPort + "/x", true));
    }

    @Test
    void http_big_text_body_is_truncated_in_the_summary() {
        Map<String, Object> summary = summary(call("{\"url\": \"" + url("/big") + "\"}"));

        assertThat(summary).containsEntry("truncated", true);
        assertThat((String) summary.get("body")).hasSize(HttpOutcome.SUMMARY_CHARS).matches("x+");
    }

    @Test
    void http_json_body_too_long_for_the_summary_is_kept_as_truncated_text_but_still_extracted() {
        StageResult result = call("{\"url\": \"" + url("/bigjson") + "\", \"extract\": {\"first\": \"/0\"}}");

        assertThat(summary(result)).containsEntry("truncated", true);
        assertThat((String) summary(result).get("body")).startsWith("[\"yyy").hasSize(HttpOutcome.SUMMARY_CHARS);
        assertThat((String) passed(result).contextUpdates().get("first")).hasSize(3000);
    }

    @Test
    void http_body_beyond_the_read_limit_is_cut_and_cannot_be_extracted() {
        Map<String, Object> summary = summary(call("{\"url\": \"" + url("/huge") + "\"}"));
        StageResult.Failed extracting = failed(call("{\"url\": \"" + url("/huge") + "\", \"extract\": {\"x\": \"/0\"}}"));

        assertThat(summary).containsEntry("truncated", true);
        assertThat(extracting.retriable()).isFalse();
        assertThat(extracting.error()).contains("too large");
    }

    @Test
    void http_extract_pointer_that_does_not_resolve_fails_without_retry() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/json") + "\", \"extract\": {\"x\": \"/data/nope\"}}"));

        assertThat(failed).isEqualTo(new StageResult.Failed(
                "extract.x: pointer \"/data/nope\" does not resolve in the response body", false));
    }

    @Test
    void http_extract_from_a_non_json_body_fails_without_retry() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/text") + "\", \"extract\": {\"x\": \"\"}}"));

        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).contains("is not JSON");
    }

    @Test
    void http_unresolved_placeholder_fails_without_retry_or_connection() {
        StageResult.Failed failed = failed(call("{\"url\": \"" + url("/echo") + "/${context.missing}\"}"));

        assertThat(failed).isEqualTo(new StageResult.Failed("unresolved placeholder ${context.missing}", false));
        assertThat(connections.seen()).isEmpty();
    }

    @Test
    void http_rendered_url_that_is_not_http_fails_without_retry() {
        StageResult result = http.execute(TestInvocation.params("{\"url\": \"${input.u}\"}")
                .input("{\"u\": \"file:///etc/passwd\"}").build());

        assertThat(failed(result)).isEqualTo(new StageResult.Failed("url must be an http or https URL", false));
    }

    @Test
    void http_header_value_with_a_line_break_fails_without_echoing_it() {
        StageResult result = http.execute(TestInvocation.params("{\"url\": \"" + url("/echo") + "\","
                + " \"headers\": {\"X-Token\": \"${input.t}\"}}").input("{\"t\": \"abc\\r\\nInjected: yes\"}").build());

        StageResult.Failed failed = failed(result);
        assertThat(failed.retriable()).isFalse();
        assertThat(failed.error()).contains("X-Token").doesNotContain("abc").doesNotContain("Injected");
    }

    /** A proxy selector that lets every connection go direct and remembers where it went. */
    private static final class RecordingProxySelector extends ProxySelector {

        private final List<URI> seen = new CopyOnWriteArrayList<>();

        List<URI> seen() {
            return seen;
        }

        @Override
        public List<Proxy> select(URI uri) {
            seen.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException error) {
            seen.add(uri);
        }
    }
}
