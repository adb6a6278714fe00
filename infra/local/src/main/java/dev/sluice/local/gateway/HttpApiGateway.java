package dev.sluice.local.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local API Gateway: serves HTTP on loopback, routes each request by the template's HttpApi
 * events to its function as a payload-2.0 event, and writes the function's response back. Like API
 * Gateway it refuses bodies over 10 MB and answers 500 {"message"} when a function crashes.
 * Paths under {@code /_local/} are the local cloud's own controls (see {@link LocalControlRoutes}).
 */
public final class HttpApiGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiGateway.class);
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final RouteTable routes;
    private final LocalControlRoutes control;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public HttpApiGateway(RouteTable routes, LocalControlRoutes control, String host, int port) throws IOException {
        this.routes = routes;
        this.control = control;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                write(exchange, 413, Map.of("content-type", "application/json"), "{\"message\":\"Request Entity Too Large\"}");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith(LocalControlRoutes.PREFIX)) {
                control.handle(exchange, body);
                return;
            }
            Optional<RouteTable.Match> match = routes.match(exchange.getRequestMethod(), path);
            if (match.isEmpty()) {
                write(exchange, 404, Map.of("content-type", "application/json"), "{\"message\":\"Not Found\"}");
                return;
            }
            APIGatewayV2HTTPEvent event = ApiGatewayEvents.toEvent(exchange, match.get(), body);
            Object result;
            try {
                result = match.get().route().function().invoke(event);
            } catch (RuntimeException crash) {
                LOG.error("{} crashed on {} {}", match.get().route().function().physicalName(),
                        exchange.getRequestMethod(), path, crash);
                write(exchange, 500, Map.of("content-type", "application/json"), "{\"message\":\"Internal Server Error\"}");
                return;
            }
            writeResponse(exchange, (APIGatewayV2HTTPResponse) result);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Gateway failed to serve {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void writeResponse(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::set);
        }
        if (response.getMultiValueHeaders() != null) {
            // Payload 2.0 has no multi-value headers; Micronaut fills both maps, so skip what is already set.
            response.getMultiValueHeaders().forEach((name, values) -> values.stream()
                    .filter(v -> headers.get(name) == null || !headers.get(name).contains(v))
                    .forEach(v -> headers.add(name, v)));
        }
        List<String> cookies = response.getCookies();
        if (cookies != null) {
            cookies.forEach(c -> headers.add("Set-Cookie", c));
        }
        headers.remove("Content-Length");
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        send(exchange, status, body);
    }

    static void write(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody || body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
