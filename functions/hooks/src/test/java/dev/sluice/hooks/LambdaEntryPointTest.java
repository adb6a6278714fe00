package dev.sluice.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The no-arg constructor is what the java21 runtime calls: Micronaut's function environment, configuration from
 * environment variables only, this module's classpath. A bean that cannot be built, or a missing codec, fails here.
 */
class LambdaEntryPointTest {

    @Test
    void the_function_starts_as_the_runtime_starts_it_and_refuses_an_oversized_body_without_aws() {
        String path = "/api/automations/webhook/whk_anything";
        try (HooksHandler handler = new HooksHandler()) {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey("POST /api/automations/webhook/{token}").withRawPath(path)
                    .withRawQueryString("").withHeaders(Map.of("content-type", "application/json",
                            "content-length", "300000"))
                    .withBody("{}").withIsBase64Encoded(false)
                    .withPathParameters(Map.of("token", "whk_anything"))
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                    .withPath(path).withSourceIp("127.0.0.1").build())
                            .withStage("$default").build())
                    .build();
            var response = handler.handleRequest(event, new TestLambdaContext());
            assertThat(response.getStatusCode()).isEqualTo(413);
            assertThat(response.getBody()).startsWith("{\"detail\":\"Webhook body of 300000 bytes");
        }
    }
}
