package dev.sluice.local.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A server-sent events client over real HTTP that behaves like a browser EventSource for one
 * connection: it reads the text/event-stream body line by line as it arrives, dispatches events,
 * keeps the last event id across events without one, and reports the server's retry hint.
 */
final class SseClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One dispatched event and the client's last event id once it was dispatched. */
    record Event(String type, String data, String lastEventId) {
    }

    /** One connection: status, headers, events in order, the retry hint and the last event id at its end. */
    record Connection(int status, String contentType, String cacheControl, List<Event> events, Long retry,
                      String lastEventId, String rawBody) {
        List<String> types() {
            return events.stream().map(Event::type).toList();
        }
    }

    private SseClient() {
    }

    /** Connects once, sending {@code Last-Event-ID} when {@code lastEventId} is not null, and reads to the end. */
    static Connection connect(URI url, Map<String, String> headers, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(40)).GET()
                .header("Accept", "text/event-stream").header("Cache-Control", "no-cache");
        headers.forEach(request::header);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            String contentType = response.headers().firstValue("content-type").orElse("");
            String cacheControl = response.headers().firstValue("cache-control").orElse("");
            try (Stream<String> lines = response.body()) {
                if (response.statusCode() != 200 || !contentType.startsWith("text/event-stream")) {
                    return new Connection(response.statusCode(), contentType, cacheControl, List.of(), null,
                            lastEventId, String.join("\n", lines.toList()));
                }
                return read(response.statusCode(), contentType, cacheControl, lines, lastEventId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Connection read(int status, String contentType, String cacheControl, Stream<String> lines,
                                   String lastEventId) {
        List<Event> events = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        String[] id = {lastEventId};
        String[] type = {""};
        StringBuilder data = new StringBuilder();
        boolean[] hasData = {false};
        Long[] retry = {null};
        lines.forEach(line -> {
            raw.append(line).append('\n');
            if (line.isEmpty()) {
                if (hasData[0]) {
                    events.add(new Event(type[0].isEmpty() ? "message" : type[0], data.toString(), id[0]));
                }
                type[0] = "";
                data.setLength(0);
                hasData[0] = false;
                return;
            }
            if (line.startsWith(":")) {
                return;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "id" -> id[0] = value;
                case "event" -> type[0] = value;
                case "retry" -> retry[0] = Long.parseLong(value);
                case "data" -> {
                    data.append(hasData[0] ? "\n" : "").append(value);
                    hasData[0] = true;
                }
                default -> { }
            }
        });
        return new Connection(status, contentType, cacheControl, events, retry[0], id[0], raw.toString());
    }
}
