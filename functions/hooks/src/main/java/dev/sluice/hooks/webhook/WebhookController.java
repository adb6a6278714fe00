package dev.sluice.hooks.webhook;

import dev.sluice.core.automation.WebhookSignature;
import dev.sluice.core.error.SluiceException;
import dev.sluice.core.rules.Json;
import dev.sluice.hooks.error.ErrorMapper;
import dev.sluice.hooks.error.TooManyRequestsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.function.aws.proxy.ApiGatewayServletRequest;
import io.micronaut.http.FullHttpRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/automations/webhook/{token}}: starts a run of the token's automation with the JSON body as its
 * input. No authentication: the token is the credential (and the automation's HMAC secret, when it has one).
 * The body is read as raw bytes, never bound, so the signature covers exactly what the sender sent.
 */
@Controller("/api/automations/webhook")
public class WebhookController {

    private final WebhookService service;

    public WebhookController(WebhookService service) {
        this.service = service;
    }

    @Post(value = "/{token}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> trigger(@PathVariable String token, HttpRequest<?> request,
                                        @Nullable @Header(WebhookSignature.HEADER) String signature,
                                        @Nullable @Header(IdempotencyKey.HEADER) String idempotencyKey) {
        WebhookService.Outcome outcome = service.trigger(token, rawBody(request), signature, idempotencyKey);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", outcome.runId());
        body.put("status", outcome.status());
        if (outcome.duplicate()) {
            body.put("duplicate", true);
        }
        return HttpResponse.<String>status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(Json.write(body));
    }

    @Error(exception = SluiceException.class)
    public HttpResponse<String> refused(SluiceException e) {
        return ErrorMapper.toResponse(e);
    }

    @Error(exception = TooManyRequestsException.class)
    public HttpResponse<String> overRate(TooManyRequestsException e) {
        return ErrorMapper.toResponse(e);
    }

    /** The body's bytes (empty when there is none); a declared length over the limit is refused unread. */
    static byte[] rawBody(HttpRequest<?> request) {
        long declared = request.getContentLength();
        if (declared == 0) {
            return new byte[0];
        }
        WebhookBody.requireDeclaredLengthWithinLimit(declared);
        HttpRequest<?> unwrapped = request;
        while (unwrapped instanceof HttpRequestWrapper<?> wrapper) {
            unwrapped = wrapper.getDelegate();
        }
        if (!(unwrapped instanceof FullHttpRequest<?> full)) {
            throw new IllegalStateException("Not a buffered request: " + unwrapped.getClass().getName());
        }
        try {
            ByteBuffer<?> contents = full.contents();
            return contents == null ? new byte[0] : contents.toByteArray();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ApiGatewayServletRequest.EmptyBodyException) {
                return new byte[0]; // no body and no Content-Length: the adapter refuses to read nothing
            }
            throw e;
        }
    }
}
