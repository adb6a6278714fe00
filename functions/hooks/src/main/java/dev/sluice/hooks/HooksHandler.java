package dev.sluice.hooks;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The Lambda entry point of the hooks function: public webhook triggers behind API Gateway HTTP API,
 * payload format 2.0. Nothing here authenticates; the webhook token in the path is the credential.
 */
public class HooksHandler extends APIGatewayV2HTTPEventFunction {

    /** Used by the Lambda runtime: configuration comes from environment variables. */
    public HooksHandler() {
        super();
    }

    /** Used by the local cloud and tests: configuration comes from the given, started context. */
    public HooksHandler(ApplicationContext applicationContext) {
        super(applicationContext);
    }
}
