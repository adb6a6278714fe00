package dev.sluice.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The Lambda entry point of the api function: API Gateway HTTP API, payload format 2.0. */
public class ApiHandler extends APIGatewayV2HTTPEventFunction {

    /** Used by the Lambda runtime: configuration comes from environment variables. */
    public ApiHandler() {
        super();
    }

    /** Used by the local cloud and tests: configuration comes from the given, started context. */
    public ApiHandler(ApplicationContext applicationContext) {
        super(applicationContext);
    }
}
