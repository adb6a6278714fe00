package dev.sluice.core.stage;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a byte limit: beyond it the rest is not read (the exchange is
 * cancelled) and {@link #cut()} says so, so a huge response cannot exhaust the function's memory.
 */
final class BoundedBody {

    private final byte[] bytes;
    private final boolean cut;
    private final Charset charset;

    private BoundedBody(byte[] bytes, boolean cut, Charset charset) {
        this.bytes = bytes;
        this.cut = cut;
        this.charset = charset;
    }

    /** A handler that keeps at most {@code limit} bytes and decodes with the response's charset (UTF-8 by default). */
    static HttpResponse.BodyHandler<BoundedBody> handler(int limit) {
        return info -> new Subscriber(limit, charsetOf(info.headers().firstValue("content-type").orElse("")));
    }

    /** Whether the body was longer than the limit. */
    boolean cut() {
        return cut;
    }

    String text() {
        return new String(bytes, charset);
    }

    private static Charset charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String trimmed = param.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = trimmed.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<BoundedBody> {

        private final int limit;
        private final Charset charset;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(int limit, Charset charset) {
            this.limit = limit;
            this.charset = charset;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int room = limit - out.size();
                int take = Math.min(room, buffer.remaining());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                out.write(chunk, 0, take);
                if (buffer.hasRemaining()) {
                    subscription.cancel();
                    result.complete(new BoundedBody(out.toByteArray(), true, charset));
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new BoundedBody(out.toByteArray(), false, charset));
        }

        @Override
        public CompletionStage<BoundedBody> getBody() {
            return result;
        }
    }
}
