package dev.sluice.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small real-HTTP client for the local cloud's API, as a test would use it. */
public final class SluiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LocalCloud cloud;

    SluiceApi(LocalCloud cloud) {
        this.cloud = cloud;
    }

    public String adminKey() {
        return cloud.secret("SLUICE_ADMIN_KEY");
    }

    /** A fresh tenant id, so each test works on data nobody else touches. */
    public static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    public String token(String team, String role) {
        Response response = send("POST", "/api/auth/token", Map.of("X-Admin-Key", adminKey(),
                "Content-Type", "application/json"), "{\"team_id\":\"" + team + "\",\"role\":\"" + role + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("Token mint failed: " + response);
        }
        return response.json().get("token").asText();
    }

    public Response get(String path, String token) {
        return send("GET", path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), null);
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), json);
    }

    public Response send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and body of one response. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        /** The {@code detail} of an error body; fails if the body is not {@code {"detail": "..."}}. */
        public String detail() {
            JsonNode detail = json().get("detail");
            if (detail == null || !detail.isTextual() || detail.asText().isBlank()) {
                throw new AssertionError("No {\"detail\"} in " + this);
            }
            return detail.asText();
        }
    }
}
