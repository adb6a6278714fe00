package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run logs end to end: written by the worker to S3 chunks, read over {@code GET .../logs}. */
@ExtendWith(LocalCloudExtension.class)
class RunLogsIT {

    private static RunFixture fx;

    @BeforeAll
    static void setUp(SluiceApi api) {
        fx = new RunFixture(api);
        fx.grant(1000);
    }

    private static String items(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static List<Long> seqs(JsonNode lines) {
        List<Long> seqs = new ArrayList<>();
        lines.forEach(line -> seqs.add(line.get("seq").asLong()));
        return seqs;
    }

    @Test
    void a_run_logging_a_thousand_lines_tails_exactly_and_pages_without_gaps() {
        String id = fx.automation("Chatty", """
                [{"name":"begin","type":"log","params":{"message":"starting ${input.label}"}},
                 {"name":"each","type":"log","for_each":"input.items","batch_size":250,
                  "params":{"message":"item ${item}"}},
                 {"name":"end","type":"log","params":{"message":"done","level":"warn"}}]""", null);
        String runId = fx.start(id, "{\"label\":\"x\",\"items\":[" + items(1000) + "]}");
        assertThat(fx.awaitTerminal(runId).get("status").asText()).isEqualTo("succeeded");
        fx.awaitLogComplete(runId);

        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = fx.api.get("/api/automations/runs/" + runId + "/logs?after=" + after + "&limit=300",
                    fx.viewer).json();
            page.get("lines").forEach(all::add);
            if (page.get("lines").isEmpty()) {
                assertThat(page.get("complete").asBoolean()).isTrue();
                break;
            }
            after = page.get("next_after").asLong();
        }
        List<Long> seqs = all.stream().map(l -> l.get("seq").asLong()).toList();
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
        List<String> items = all.stream().map(l -> l.get("message").asText()).filter(m -> m.startsWith("item ")).toList();
        assertThat(items).containsExactlyElementsOf(IntStream.rangeClosed(1, 1000).mapToObj(i -> "item " + i).toList());
        assertThat(all).extracting(l -> l.get("message").asText()).contains("starting x", "done", "run succeeded")
                .anyMatch(m -> m.startsWith("stage each started"));
        JsonNode firstItem = all.stream().filter(l -> l.get("message").asText().equals("item 1")).findFirst().orElseThrow();
        assertThat(firstItem.get("stage").asText()).isEqualTo("each");
        assertThat(firstItem.get("attempt").asInt()).isEqualTo(1);
        assertThat(firstItem.get("level").asText()).isEqualTo("info");

        JsonNode tail = fx.api.get("/api/automations/runs/" + runId + "/logs?lines=10", fx.viewer).json();
        assertThat(seqs(tail.get("lines"))).containsExactlyElementsOf(seqs.subList(seqs.size() - 10, seqs.size()));
        assertThat(tail.get("next_after").asLong()).isEqualTo(seqs.get(seqs.size() - 1));
        assertThat(tail.get("complete").asBoolean()).isTrue();
    }

    @Test
    void secrets_in_http_headers_never_reach_a_log_line() throws Exception {
        try (TargetServer target = new TargetServer()) {
            String token = "tok-" + SluiceApi.newTenant();
            String apiKey = "key-" + SluiceApi.newTenant();
            String id = fx.automation("Secretive", """
                    [{"name":"call","type":"http","params":{"url":"%s",
                       "headers":{"Authorization":"Bearer ${input.token}","X-Api-Key":"${input.api_key}"}}},
                     {"name":"oops","type":"log","params":{"message":"debug: key ${input.api_key}, token ${input.token}"}},
                     {"name":"fail","type":"http","retry":{"max_attempts":1},"on_failure":"continue",
                      "params":{"url":"%s","headers":{"Authorization":"Bearer ${input.token}"}}}]"""
                    .formatted(target.url("/secret/" + token), target.url("/flaky/" + apiKey + "/9")), null);
            String runId = fx.start(id, "{\"token\":\"" + token + "\",\"api_key\":\"" + apiKey + "\"}");
            assertThat(fx.awaitTerminal(runId).get("status").asText()).isEqualTo("succeeded");
            JsonNode log = fx.awaitLogComplete(runId);

            assertThat(target.seen("/secret/")).singleElement()
                    .satisfies(seen -> assertThat(seen.headers().values()).anyMatch(v -> v.contains(token)));
            List<String> messages = new ArrayList<>();
            log.get("lines").forEach(l -> messages.add(l.get("message").asText()));
            assertThat(messages).contains("debug: key ***, token ***")
                    .anyMatch(m -> m.startsWith("GET ") && m.contains(" -> 200 in "))
                    .anyMatch(m -> m.contains("failed after") && m.contains("HTTP 500"));
            assertThat(String.join("\n", messages)).doesNotContain(token).doesNotContain(apiKey);
        }
    }

    @Test
    void plain_text_bad_queries_and_foreign_tenants() {
        String id = fx.automation("Plain", """
                [{"name":"say","type":"log","params":{"message":"hello\\nworld"}}]""", null);
        String runId = fx.start(id, "");
        fx.awaitTerminal(runId);
        fx.awaitLogComplete(runId);

        var text = fx.api.send("GET", "/api/automations/runs/" + runId + "/logs?lines=100",
                Map.of("Authorization", "Bearer " + fx.viewer, "Accept", "text/plain"), null);
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).contains("INFO [say#1] hello\\nworld").endsWith("\n");

        for (String query : List.of("lines=0", "lines=5001", "lines=abc", "after=-1", "after=0&limit=0",
                "after=1&lines=3", "limit=5")) {
            var bad = fx.api.get("/api/automations/runs/" + runId + "/logs?" + query, fx.viewer);
            assertThat(bad.status()).as(query).isEqualTo(422);
            assertThat(bad.detail()).as(query).isNotBlank();
        }
        RunFixture stranger = new RunFixture(fx.api);
        assertThat(fx.api.get("/api/automations/runs/" + runId + "/logs", stranger.viewer).status()).isEqualTo(404);
        assertThat(fx.api.get("/api/automations/runs/run_nope/logs", fx.viewer).status()).isEqualTo(404);
        assertThat(fx.api.get("/api/automations/runs/" + runId + "/logs", null).status()).isEqualTo(401);
    }
}
