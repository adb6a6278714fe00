package dev.sluice.core.stage;

import dev.sluice.core.log.SensitiveHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code http}: one outbound HTTP request. Parameters are rendered ({@link Templates}), the host is
 * checked against link-local and metadata addresses ({@link AddressGuard}) before any connection,
 * the request carries {@code Idempotency-Key: run_id:stage:attempt}, redirects are not followed (a
 * 3xx is judged like any status), and the response is read up to {@value #MAX_RESPONSE_BYTES} bytes.
 * Unexpected 5xx, 408 and 429, connection failures and timeouts are retriable; anything else that
 * goes wrong is not. Messages name the URL without its query string.
 */
public final class HttpStageExecutor implements StageExecutor {

    public static final String TYPE = "http";
    /** The most response bytes read; a longer body is cut (and cannot be extracted from). */
    public static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    private static final Duration DEADLINE_MARGIN = Duration.ofSeconds(1);

    private final HttpClient client;

    /**
     * @param client a client that never follows redirects (a redirect could lead to a forbidden host)
     * @throws IllegalArgumentException if the client follows redirects
     */
    public HttpStageExecutor(HttpClient client) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the http stage needs a client built with Redirect.NEVER");
        }
        this.client = client;
    }

    /** A client suited to this executor: no redirects, 10 s to connect. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public StageSchema schema() {
        return HttpStageSchema.SCHEMA;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public long defaultCredits() {
        return 1;
    }

    @Override
    public StageResult execute(StageInvocation invocation) {
        Optional<StageResult.Failed> invalid = StageFailures.invalidParams(HttpStageSchema.SCHEMA, invocation.params());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Map<String, Object> params = HttpStageSchema.SCHEMA.withDefaults(invocation.params());
        Map<String, Object> data = StageData.of(invocation);
        String url;
        Map<String, String> headers = new LinkedHashMap<>();
        Object body;
        try {
            url = Templates.renderText((String) params.get("url"), data);
            if (params.get("headers") instanceof Map<?, ?> raw) {
                raw.forEach((name, value) -> headers.put((String) name, Templates.renderText((String) value, data)));
            }
            headers.forEach((name, value) -> {
                if (SensitiveHeaders.isSensitive(name)) {
                    SensitiveHeaders.secretsOf(value).forEach(invocation.log()::sensitive);
                }
            });
            body = Templates.render(params.get("body"), data);
        } catch (TemplateException e) {
            return StageFailures.template(e);
        }
        HttpTarget target;
        try {
            target = HttpTarget.parse(url);
        } catch (IllegalArgumentException e) {
            return new StageResult.Failed("url " + e.getMessage(), false);
        }
        try {
            Optional<String> refusal = AddressGuard.refusal(target.host());
            if (refusal.isPresent()) {
                return new StageResult.Failed(refusal.get(), false);
            }
        } catch (UnknownHostException e) {
            return new StageResult.Failed("cannot resolve host " + target.host(), true);
        }
        Duration timeout = timeout(((Number) params.get("timeout_seconds")).longValue(), invocation.remaining());
        if (timeout.isNegative() || timeout.isZero()) {
            return new StageResult.Failed("not enough time left in this invocation to call " + target.safeUrl(), true);
        }
        HttpRequest request;
        try {
            request = HttpRequests.build((String) params.get("method"), target, headers, body, timeout,
                    invocation.idempotencyKey());
        } catch (IllegalArgumentException e) {
            return new StageResult.Failed(e.getMessage(), false);
        }
        long started = System.nanoTime();
        StageResult result = send(request, target, timeout, params);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (result instanceof StageResult.Failed failed) {
            invocation.log().warn(request.method() + " " + target.safeUrl() + " failed after " + ms + " ms: "
                    + failed.error());
        } else if (result instanceof StageResult.Passed passed && passed.summary() instanceof Map<?, ?> summary) {
            invocation.log().info(request.method() + " " + target.safeUrl() + " -> " + summary.get("status") + " in "
                    + ms + " ms");
        }
        return result;
    }

    private StageResult send(HttpRequest request, HttpTarget target, Duration timeout, Map<String, Object> params) {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<BoundedBody>> future =
                client.sendAsync(request, BoundedBody.handler(MAX_RESPONSE_BYTES));
        HttpResponse<BoundedBody> response;
        try {
            response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return timedOut(target, timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new StageResult.Failed("interrupted while calling " + target.safeUrl(), true);
        } catch (ExecutionException e) {
            return transportFailure(e.getCause(), target, timeout);
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        ExpectedStatus expected = ExpectedStatus.of((List<?>) params.get("expected_status"));
        Map<String, String> extract = new LinkedHashMap<>();
        if (params.get("extract") instanceof Map<?, ?> raw) {
            raw.forEach((name, pointer) -> extract.put((String) name, (String) pointer));
        }
        return HttpOutcome.judge(response.statusCode(), response.body(), durationMs, target, expected, extract);
    }

    /** The stage's timeout, cut to end one second before the invocation's deadline. */
    static Duration timeout(long seconds, Duration remaining) {
        Duration timeout = Duration.ofSeconds(seconds);
        if (remaining == null) {
            return timeout;
        }
        Duration available = remaining.minus(DEADLINE_MARGIN);
        return available.compareTo(timeout) < 0 ? available : timeout;
    }

    private static StageResult transportFailure(Throwable cause, HttpTarget target, Duration timeout) {
        if (isCausedBy(cause, HttpTimeoutException.class)) {
            return timedOut(target, timeout);
        }
        if (isCausedBy(cause, ConnectException.class)) {
            return new StageResult.Failed("cannot connect to " + target.safeUrl(), true);
        }
        if (cause instanceof IOException) {
            return new StageResult.Failed("request to " + target.safeUrl() + " failed: " + describe(cause, target), true);
        }
        throw new IllegalStateException("unexpected failure calling " + target.safeUrl(), cause);
    }

    /** The exception's class and message, with the URL's query and user info blanked should the message quote them. */
    private static String describe(Throwable error, HttpTarget target) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        for (String secret : new String[] {target.uri().getRawQuery(), target.uri().getRawUserInfo()}) {
            if (secret != null && !secret.isEmpty()) {
                message = message.replace(secret, "…");
            }
        }
        return error.getClass().getSimpleName() + message;
    }

    private static StageResult timedOut(HttpTarget target, Duration timeout) {
        return new StageResult.Failed("no response from " + target.safeUrl() + " within " + timeout.toMillis() + " ms", true);
    }

    private static boolean isCausedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
