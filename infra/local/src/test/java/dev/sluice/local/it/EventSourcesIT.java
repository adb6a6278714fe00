package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalCloud;
import dev.sluice.local.LocalCloudOptions;
import dev.sluice.local.testfn.Recorder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local cloud's Lambda emulation, on a template of test functions: SQS event source mappings
 * (batch size, partial batch failures, redrive to the DLQ), schedules fired on demand, and API
 * Gateway payload-2.0 routing. Pollers are driven by hand ({@code pollOnce}) so nothing races.
 */
class EventSourcesIT {

    private static LocalCloud cloud;
    private static String queueUrl;
    private static String dlqUrl;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path template = Path.of("src/test/resources/templates/event-sources.yaml");
        LocalCloudOptions options = new LocalCloudOptions("127.0.0.1", 0, null, template, Map.of(), 0, false);
        cloud = LocalCloud.start(options);
        // The background poller would race the assertions; stop it and poll by hand.
        cloud.pollers().get(0).close();
        queueUrl = cloud.aws().sqs().getQueueUrl(b -> b.queueName(cloud.physicalName("WorkQueue"))).queueUrl();
        dlqUrl = cloud.aws().sqs().getQueueUrl(b -> b.queueName(cloud.physicalName("WorkDlq"))).queueUrl();
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
        cloud.aws().sqs().purgeQueue(b -> b.queueUrl(queueUrl));
        cloud.aws().sqs().purgeQueue(b -> b.queueUrl(dlqUrl));
    }

    private void send(String... bodies) {
        for (String body : bodies) {
            cloud.aws().sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
        }
    }

    private int visibleAndInFlight(String url) {
        var attributes = cloud.aws().sqs().getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private void drain() {
        var poller = cloud.pollers().get(0);
        while (poller.pollOnce(0) > 0) {
            // keep going until a receive comes back empty
        }
    }

    @Test
    void batches_respect_batch_size_and_successes_are_deleted() {
        send("a", "b", "c", "d", "e", "f", "g");
        drain();
        assertThat(Recorder.SQS_BATCHES).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(5));
        assertThat(Recorder.SQS_BATCHES.stream().flatMap(List::stream)).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g");
        assertThat(visibleAndInFlight(queueUrl)).isZero();
    }

    @Test
    void reported_failure_is_redelivered_then_moved_to_the_dlq() throws Exception {
        send("ok-1", "fail-1");
        drain();
        assertThat(visibleAndInFlight(queueUrl)).isEqualTo(1);
        Thread.sleep(1_300); // visibility timeout is 1 s
        drain();
        Thread.sleep(1_300);
        drain(); // third receive exceeds maxReceiveCount 2: ElasticMQ moves it to the DLQ
        long deliveriesOfFailing = Recorder.SQS_BATCHES.stream().flatMap(List::stream).filter("fail-1"::equals).count();
        assertThat(deliveriesOfFailing).isEqualTo(2);
        assertThat(Recorder.SQS_BATCHES.stream().flatMap(List::stream).filter("ok-1"::equals)).hasSize(1);
        assertThat(visibleAndInFlight(queueUrl)).isZero();
        var dead = cloud.aws().sqs().receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10)).messages();
        assertThat(dead).extracting(m -> m.body()).containsExactly("fail-1");
    }

    @Test
    void a_crash_fails_the_whole_batch() {
        send("crash-now", "innocent");
        drain();
        assertThat(visibleAndInFlight(queueUrl)).isEqualTo(2);
    }

    @Test
    void schedules_fire_on_demand_over_http() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.baseUrl() + "/_local/schedules/fire"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"fired\":1");
        assertThat(Recorder.SCHEDULED_EVENTS).containsExactly("aws.events Scheduled Event sluice-local-Ticker");
        assertThat(cloud.schedules().describe()).containsExactly("Ticker/Tick rate(1 minute)");
    }

    private JsonNode call(String method, String path, String contentType, String body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(cloud.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("x-echo")).hasValue("yes");
        assertThat(response.headers().allValues("set-cookie")).containsExactly("session=abc; Path=/");
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void routes_bind_path_parameters_query_cookies_and_headers() throws Exception {
        JsonNode echo = call("GET", "/items/42%20x?a=1&a=2&b=hello%20world", null, null,
                Map.of("Cookie", "c1=v1; c2=v2", "X-Test", "yes"));
        assertThat(echo.get("version").asText()).isEqualTo("2.0");
        assertThat(echo.get("route_key").asText()).isEqualTo("GET /items/{id}");
        assertThat(echo.get("path_parameters").get("id").asText()).isEqualTo("42 x");
        assertThat(echo.get("query").get("a").asText()).isEqualTo("1,2");
        assertThat(echo.get("query").get("b").asText()).isEqualTo("hello world");
        assertThat(echo.get("raw_query").asText()).isEqualTo("a=1&a=2&b=hello%20world");
        assertThat(echo.get("cookies")).extracting(JsonNode::asText).containsExactly("c1=v1", "c2=v2");
        assertThat(echo.get("header_x_test").asText()).isEqualTo("yes");
        assertThat(echo.get("function").asText()).isEqualTo("sluice-local-Echo");
    }

    @Test
    void literal_segments_win_over_parameters_and_greedy_paths_take_the_rest() throws Exception {
        assertThat(call("GET", "/items/special", null, null, Map.of()).get("route_key").asText())
                .isEqualTo("GET /items/special");
        JsonNode greedy = call("DELETE", "/files/a/b/c.txt", null, null, Map.of());
        assertThat(greedy.get("route_key").asText()).isEqualTo("ANY /files/{path+}");
        assertThat(greedy.get("path_parameters").get("path").asText()).isEqualTo("a/b/c.txt");
    }

    @Test
    void text_bodies_pass_as_text_and_binary_bodies_as_base64() throws Exception {
        JsonNode json = call("POST", "/items", "application/json", "{\"x\":1}", Map.of());
        assertThat(json.get("body").asText()).isEqualTo("{\"x\":1}");
        assertThat(json.get("base64").asBoolean()).isFalse();
        JsonNode binary = call("POST", "/items", "application/octet-stream", "raw", Map.of());
        assertThat(binary.get("base64").asBoolean()).isTrue();
        assertThat(binary.get("body").asText()).isEqualTo("cmF3");
    }

    @Test
    void unmatched_path_without_default_route_is_api_gateway_404() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.baseUrl() + "/nowhere")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }
}
