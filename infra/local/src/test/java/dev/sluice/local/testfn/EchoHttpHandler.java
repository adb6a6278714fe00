package dev.sluice.local.testfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers with the payload-2.0 event it received, as JSON, plus a cookie and a custom header. */
public class EchoHttpHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("version", event.getVersion());
        echo.put("route_key", event.getRouteKey());
        echo.put("raw_path", event.getRawPath());
        echo.put("raw_query", event.getRawQueryString());
        echo.put("query", event.getQueryStringParameters());
        echo.put("path_parameters", event.getPathParameters());
        echo.put("cookies", event.getCookies());
        echo.put("header_x_test", event.getHeaders().get("x-test"));
        echo.put("body", event.getBody());
        echo.put("base64", event.getIsBase64Encoded());
        echo.put("method", event.getRequestContext().getHttp().getMethod());
        echo.put("function", context.getFunctionName());
        try {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(201)
                    .withHeaders(Map.of("content-type", "application/json", "x-echo", "yes"))
                    .withCookies(List.of("session=abc; Path=/"))
                    .withBody(JSON.writeValueAsString(echo)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
