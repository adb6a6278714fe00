package dev.sluice.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The api function as Lambda runs it, without the local cloud: configuration failures that the
 * local cloud never has (no admin key, no signing secret, unreachable AWS) and their status codes.
 */
class ApiHandlerTest {

    private static final String TOKEN_BODY = "{\"team_id\":\"acme\",\"role\":\"admin\"}";

    private static APIGatewayV2HTTPResponse call(Map<String, Object> properties, String method, String path,
                                                 Map<String, String> headers, String body) {
        Map<String, Object> props = new HashMap<>(properties);
        props.putIfAbsent("sluice.aws.region", "us-east-1");
        try (ApplicationContext context = ApplicationContext.builder().properties(props)
                .deduceEnvironment(false).environmentPropertySource(false).banner(false).start();
             ApiHandler handler = new ApiHandler(context)) {
            Map<String, String> allHeaders = new HashMap<>(headers);
            if (body != null) {
                // API Gateway always forwards the length of a body.
                allHeaders.put("content-length", String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            }
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path).withRawQueryString("")
                    .withHeaders(allHeaders).withBody(body).withIsBase64Encoded(false)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                    .withSourceIp("127.0.0.1").build())
                            .withStage("$default").build())
                    .build();
            return handler.handleRequest(event, new TestLambdaContext());
        }
    }

    @Test
    void token_is_503_when_no_admin_key_is_configured() {
        var response = call(Map.of("sluice.jwt.secret", "x".repeat(40)), "POST", "/api/auth/token",
                Map.of("content-type", "application/json", "x-admin-key", "anything"), TOKEN_BODY);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("\"detail\"").contains("Admin key is not configured");
    }

    @Test
    void token_is_503_when_the_signing_secret_is_missing_or_too_short() {
        var response = call(Map.of("sluice.admin.key", "k", "sluice.jwt.secret", "short"), "POST", "/api/auth/token",
                Map.of("content-type", "application/json", "x-admin-key", "k"), TOKEN_BODY);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("JWT signing secret");
    }

    @Test
    void ready_is_503_with_the_failure_when_aws_is_unreachable() {
        var response = call(Map.of("sluice.table", "t", "sluice.bucket", "b",
                        "sluice.aws.endpoint.dynamodb", "http://127.0.0.1:1", "sluice.aws.endpoint.s3", "http://127.0.0.1:1",
                        "sluice.aws.access.key.id", "x", "sluice.aws.secret.access.key", "y"),
                "GET", "/ready", Map.of(), null);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("\"status\":\"not_ready\"").contains("\"error\":\"");
    }

    @Test
    void ready_is_503_when_resource_names_are_not_configured() {
        var response = call(Map.of(), "GET", "/ready", Map.of(), null);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("SLUICE_TABLE is not set");
    }

    @Test
    void the_lambda_entry_point_starts_as_the_runtime_starts_it_and_serves_health() {
        // The no-arg constructor is what the java21 runtime calls: Micronaut's function environment,
        // configuration from environment variables only. A bean that cannot be built fails here.
        try (ApiHandler handler = new ApiHandler()) {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey("GET /health").withRawPath("/health").withRawQueryString("")
                    .withHeaders(Map.of())
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                    .withPath("/health").withSourceIp("127.0.0.1").build())
                            .withStage("$default").build())
                    .build();
            var response = handler.handleRequest(event, new TestLambdaContext());
            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getBody()).contains("\"status\":\"ok\"");
        }
    }

    @Test
    void health_needs_no_aws_at_all() {
        var response = call(Map.of(), "GET", "/health", Map.of(), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"ok\"");
    }
}
