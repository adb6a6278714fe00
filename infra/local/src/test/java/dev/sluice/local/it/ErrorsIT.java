package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalCloudExtension.class)
class ErrorsIT {

    @Test
    void unknown_route_is_404_with_detail(SluiceApi api) {
        var response = api.get("/api/no-such-thing", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.detail()).contains("/api/no-such-thing");
    }

    @Test
    void unknown_route_is_404_also_with_a_token(SluiceApi api) {
        var response = api.get("/api/no-such-thing", api.token(SluiceApi.newTenant(), "viewer"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void wrong_method_is_405_with_detail(SluiceApi api) {
        var response = api.send("DELETE", "/health", Map.of(), null);
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.detail()).contains("DELETE");
    }

    @Test
    void malformed_json_is_400_with_detail(SluiceApi api) {
        var response = api.send("POST", "/api/auth/token",
                Map.of("X-Admin-Key", api.adminKey(), "Content-Type", "application/json"), "{\"team_id\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).contains("JSON");
    }

    @Test
    void body_over_the_api_limit_is_413_with_detail(SluiceApi api) {
        String big = "{\"team_id\":\"" + "a".repeat(1_100_000) + "\",\"role\":\"admin\"}";
        var response = api.send("POST", "/api/auth/token",
                Map.of("X-Admin-Key", api.adminKey(), "Content-Type", "application/json"), big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.detail()).contains("limit");
    }

    @Test
    void gateway_refuses_bodies_over_ten_megabytes_like_api_gateway(SluiceApi api) {
        String huge = "x".repeat(10 * 1024 * 1024 + 1);
        var response = api.send("POST", "/api/auth/token", Map.of("Content-Type", "text/plain"), huge);
        assertThat(response.status()).isEqualTo(413);
    }
}
