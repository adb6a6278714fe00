package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalCloud;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run log stream's acceptance over real HTTP: an EventSource-like client follows a running run
 * across reconnects with Last-Event-ID (each response waits at most SLUICE_LOGS_STREAM_WAIT_SECONDS,
 * 2 s in the ITs), and stream tickets are scoped to one run and to the stream route.
 */
@ExtendWith(LocalCloudExtension.class)
class RunLogStreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Four log lines about 2 s apart: a run that outlives several 2 s long polls. */
    static final String SLOW_STAGES = """
            [{"name":"one","type":"log","params":{"message":"line one"}},
             {"name":"pause1","type":"wait","params":{"seconds":2}},
             {"name":"two","type":"log","params":{"message":"line two"}},
             {"name":"pause2","type":"wait","params":{"seconds":2}},
             {"name":"three","type":"log","params":{"message":"line three"}},
             {"name":"pause3","type":"wait","params":{"seconds":2}},
             {"name":"four","type":"log","params":{"message":"line four"}}]""";

    static final String QUICK_STAGES = """
            [{"name":"hello","type":"log","params":{"message":"hello"}}]""";

    private SluiceApi api;
    private LocalCloud cloud;
    private RunFixture fx;

    @BeforeEach
    void setUp(SluiceApi api, LocalCloud cloud) {
        this.api = api;
        this.cloud = cloud;
        this.fx = new RunFixture(api);
    }

    private URI url(String runId, String query) {
        return URI.create(cloud.baseUrl() + "/api/automations/runs/" + runId + "/stream" + (query == null ? "" : "?" + query));
    }

    private Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** What a client saw while following a stream to its end. */
    record Followed(List<Long> seqs, List<String> messages, List<String> statuses, int connections,
                    int connectionsWithLines, String lastEventId) {
    }

    private Followed follow(String runId, Map<String, String> headers, String query) {
        List<Long> seqs = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        String lastEventId = null;
        int connections = 0;
        int connectionsWithLines = 0;
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            assertThat(Instant.now()).as("stream of %s did not end", runId).isBefore(deadline);
            SseClient.Connection connection = SseClient.connect(url(runId, query), headers, lastEventId);
            connections++;
            assertThat(connection.status()).as(connection.rawBody()).isEqualTo(200);
            assertThat(connection.contentType()).startsWith("text/event-stream");
            assertThat(connection.cacheControl()).isEqualTo("no-cache");
            boolean ended = false;
            for (SseClient.Event event : connection.events()) {
                assertThat(ended).as("nothing follows end: %s", connection.rawBody()).isFalse();
                switch (event.type()) {
                    case "log" -> {
                        JsonNode line = json(event.data());
                        assertThat(line.get("seq").asText()).isEqualTo(event.lastEventId());
                        seqs.add(line.get("seq").asLong());
                        messages.add(line.get("message").asText());
                    }
                    case "status" -> statuses.add(json(event.data()).get("status").asText());
                    case "end" -> ended = true;
                    default -> throw new AssertionError("unexpected event " + event);
                }
            }
            if (connection.types().contains("log")) {
                connectionsWithLines++;
            }
            lastEventId = connection.lastEventId();
            if (ended) {
                return new Followed(seqs, messages, statuses, connections, connectionsWithLines, lastEventId);
            }
            assertThat(connection.retry()).as(connection.rawBody()).isEqualTo(1000);
            RunFixture.sleep(connection.retry());
        }
    }

    @Test
    void a_client_following_a_running_run_gets_every_line_once_across_reconnects_then_end() {
        String runId = fx.start(fx.automation("Stream slow", SLOW_STAGES, null), "{}");

        Followed followed = follow(runId, bearer(fx.viewer), null);

        assertThat(followed.connections()).as("at least two reconnects").isGreaterThanOrEqualTo(3);
        assertThat(followed.connectionsWithLines()).as("lines arrived live, in more than one response")
                .isGreaterThanOrEqualTo(2);
        assertThat(followed.seqs()).isNotEmpty()
                .containsExactlyElementsOf(LongStream.rangeClosed(1, followed.seqs().size()).boxed().toList());
        assertThat(followed.messages()).contains("line one", "line two", "line three", "line four");
        assertThat(followed.statuses()).contains("succeeded");
        assertThat(fx.run(runId).get("status").asText()).isEqualTo("succeeded");

        SseClient.Connection whole = SseClient.connect(url(runId, null), bearer(fx.viewer), null);
        List<Long> all = whole.events().stream().filter(e -> e.type().equals("log"))
                .map(e -> Long.parseLong(e.lastEventId())).toList();
        assertThat(all).as("the streamed lines are the whole log").isEqualTo(followed.seqs());
        assertThat(whole.types()).first().isEqualTo("status");
        assertThat(whole.types()).last().isEqualTo("end");
        assertThat(whole.events().get(whole.events().size() - 1).data()).isEqualTo("{\"status\":\"succeeded\"}");

        SseClient.Connection again = SseClient.connect(url(runId, null), bearer(fx.viewer), followed.lastEventId());
        assertThat(again.types()).containsExactly("end");
        assertThat(again.retry()).isNull();
    }

    @Test
    void last_event_id_in_the_query_resumes_and_the_header_wins_over_it() {
        String runId = fx.start(fx.automation("Stream quick", QUICK_STAGES, null), "{}");
        Followed followed = follow(runId, bearer(fx.viewer), null);
        long last = followed.seqs().get(followed.seqs().size() - 1);

        SseClient.Connection fromQuery = SseClient.connect(url(runId, "last_event_id=" + (last - 1)), bearer(fx.viewer), null);
        assertThat(fromQuery.types()).containsExactly("status", "log", "end");
        assertThat(fromQuery.events().get(1).lastEventId()).isEqualTo(Long.toString(last));

        SseClient.Connection headerWins = SseClient.connect(url(runId, "last_event_id=0"), bearer(fx.viewer),
                Long.toString(last));
        assertThat(headerWins.types()).containsExactly("end");

        SseClient.Connection bad = SseClient.connect(url(runId, "last_event_id=-3"), bearer(fx.viewer), null);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(json(bad.rawBody()).get("detail").asText()).contains("last_event_id");
    }

    @Test
    void a_foreign_tenant_gets_404_for_the_stream_and_the_ticket() {
        String runId = fx.start(fx.automation("Stream foreign", QUICK_STAGES, null), "{}");
        RunFixture other = new RunFixture(api);

        SseClient.Connection stream = SseClient.connect(url(runId, null), bearer(other.admin), null);
        assertThat(stream.status()).isEqualTo(404);
        assertThat(json(stream.rawBody()).get("detail").asText()).isNotBlank();
        var ticket = api.post("/api/automations/runs/" + runId + "/stream-ticket", other.viewer, "");
        assertThat(ticket.status()).isEqualTo(404);
        assertThat(ticket.detail()).isNotBlank();
    }

    @Test
    void a_ticket_opens_its_own_run_stream_through_the_query_and_nothing_else() {
        String runA = fx.start(fx.automation("Stream ticket A", QUICK_STAGES, null), "{}");
        String runB = fx.start(fx.automation("Stream ticket B", QUICK_STAGES, null), "{}");
        var minted = api.post("/api/automations/runs/" + runA + "/stream-ticket", fx.viewer, "{\"expires_in\":120}");
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        assertThat(minted.json().get("expires_in").asLong()).isEqualTo(120);
        String ticket = minted.json().get("ticket").asText();
        String query = "token=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8);

        Followed followed = follow(runA, Map.of(), query);
        assertThat(followed.messages()).contains("hello");

        assertThat(SseClient.connect(url(runB, query), Map.of(), null).status()).as("ticket of A on B").isEqualTo(404);
        assertThat(SseClient.connect(url(runB, null), bearer(ticket), null).status()).isEqualTo(404);
        assertThat(api.get("/api/automations/runs/" + runA, ticket).status()).as("ticket elsewhere").isEqualTo(403);
        assertThat(api.get("/api/automations/" + fx.automation("Stream ticket C", QUICK_STAGES, null), ticket).status())
                .isEqualTo(403);
        assertThat(api.post("/api/automations/runs/" + runA + "/stream-ticket", ticket, "").status()).isEqualTo(403);
        assertThat(api.get("/api/automations/runs/" + runA + "?" + query, null).status())
                .as("?token= is read only on the stream route").isEqualTo(401);
    }

    @Test
    void an_expired_or_overlong_ticket_is_401_and_a_bad_lifetime_is_422() {
        String runId = fx.start(fx.automation("Stream expired", QUICK_STAGES, null), "{}");
        String secret = cloud.secret("SLUICE_JWT_SECRET");
        long now = Instant.now().getEpochSecond();
        String expired = JwtFixtures.hs256(secret, ticketClaims(runId, now - 400, now - 100));
        String overlong = JwtFixtures.hs256(secret, ticketClaims(runId, now, now + 3600));

        assertThat(SseClient.connect(url(runId, "token=" + expired), Map.of(), null).status()).isEqualTo(401);
        assertThat(SseClient.connect(url(runId, null), bearer(expired), null).status()).isEqualTo(401);
        assertThat(SseClient.connect(url(runId, "token=" + overlong), Map.of(), null).status()).isEqualTo(401);
        assertThat(SseClient.connect(url(runId, null), Map.of(), null).status()).isEqualTo(401);

        var tooLong = api.post("/api/automations/runs/" + runId + "/stream-ticket", fx.viewer, "{\"expires_in\":301}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.detail()).contains("expires_in");
    }

    private String ticketClaims(String runId, long iat, long exp) {
        return "{\"team_id\":\"" + fx.team + "\",\"role\":\"viewer\",\"run_id\":\"" + runId
                + "\",\"scope\":\"stream\",\"iat\":" + iat + ",\"exp\":" + exp + "}";
    }
}
