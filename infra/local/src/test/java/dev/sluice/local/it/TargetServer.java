package dev.sluice.local.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The external system an {@code http} stage calls in the ITs: a real HTTP server on a free loopback port
 * that records every request and answers by path. {@code /flaky/{key}/{n}} fails with 500 n times per key,
 * then answers 200; {@code /slow/{ms}} answers after a delay; anything else answers 200 with a JSON body
 * echoing the path.
 */
final class TargetServer implements AutoCloseable {

    /** One request the server saw. */
    record Seen(String method, String path, Map<String, String> headers, String body, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    TargetServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests whose path starts with this prefix, in arrival order. */
    List<Seen> seen(String pathPrefix) {
        return seen.stream().filter(s -> s.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        seen.add(new Seen(exchange.getRequestMethod(), path, headers, body, Instant.now()));
        int status = 200;
        String[] parts = path.split("/");
        if (path.startsWith("/flaky/") && parts.length >= 4) {
            int failTimes = Integer.parseInt(parts[3]);
            int count = failures.computeIfAbsent(parts[2], k -> new AtomicInteger()).incrementAndGet();
            status = count <= failTimes ? 500 : 200;
        } else if (path.startsWith("/slow/") && parts.length >= 3) {
            sleep(Long.parseLong(parts[2]));
        }
        String response = "{\"path\":\"" + path + "\",\"name\":\"widget\",\"count\":3,\"items\":[1,2,3]}";
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
