package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalCloud;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(LocalCloudExtension.class)
class AuthIT {

    private SluiceApi api;
    private String jwtSecret;
    private String team;

    @BeforeEach
    void setUp(SluiceApi api, LocalCloud cloud) {
        this.api = api;
        this.jwtSecret = cloud.secret("SLUICE_JWT_SECRET");
        this.team = SluiceApi.newTenant();
    }

    private SluiceApi.Response mint(Map<String, String> headers, String body) {
        return api.send("POST", "/api/auth/token", headers, body);
    }

    private Map<String, String> withKey(String key) {
        return Map.of("X-Admin-Key", key, "Content-Type", "application/json");
    }

    @Test
    void token_carries_exactly_team_role_iat_exp_signed_hs256() throws Exception {
        var response = mint(withKey(api.adminKey()), "{\"team_id\":\"" + team + "\",\"role\":\"operator\"}");
        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("team_id").asText()).isEqualTo(team);
        assertThat(json.get("role").asText()).isEqualTo("operator");
        assertThat(json.get("expires_in").asLong()).isEqualTo(86_400);
        String token = json.get("token").asText();
        assertThat(new ObjectMapper().readTree(JwtFixtures.decodePart(token, 0)).get("alg").asText()).isEqualTo("HS256");
        var claims = new ObjectMapper().readTree(JwtFixtures.decodePart(token, 1));
        assertThat(claims.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("team_id", "role", "iat", "exp");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
    }

    @Test
    void me_returns_the_tokens_tenant_and_role() {
        var me = api.get("/api/auth/me", api.token(team, "viewer"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("team_id").asText()).isEqualTo(team);
        assertThat(me.json().get("role").asText()).isEqualTo("viewer");
    }

    @Test
    void requested_lifetime_is_honoured_within_bounds() {
        var ok = mint(withKey(api.adminKey()), "{\"team_id\":\"" + team + "\",\"role\":\"viewer\",\"expires_in\":120}");
        assertThat(ok.json().get("expires_in").asLong()).isEqualTo(120);
        var tooLong = mint(withKey(api.adminKey()), "{\"team_id\":\"" + team + "\",\"role\":\"viewer\",\"expires_in\":99999999}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.detail()).contains("expires_in");
    }

    @Test
    void minting_without_the_admin_key_is_401() {
        var response = mint(Map.of("Content-Type", "application/json"), "{\"team_id\":\"" + team + "\",\"role\":\"admin\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).contains("X-Admin-Key");
    }

    @Test
    void minting_with_a_wrong_admin_key_is_401() {
        var response = mint(withKey(api.adminKey() + "x"), "{\"team_id\":\"" + team + "\",\"role\":\"admin\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void unknown_role_is_422() {
        var response = mint(withKey(api.adminKey()), "{\"team_id\":\"" + team + "\",\"role\":\"root\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.detail()).contains("role");
        assertThat(response.json().get("errors").get(0).get("path").asText()).isEqualTo("role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"role\":\"admin\"}", "{\"team_id\":\"\",\"role\":\"admin\"}",
            "{\"team_id\":\"a/b\",\"role\":\"admin\"}", "{\"team_id\":\"../x\",\"role\":\"admin\"}"})
    void bad_team_id_is_422(String body) {
        var response = mint(withKey(api.adminKey()), body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.detail()).contains("team_id");
    }

    @Test
    void no_authorization_header_is_401() {
        var response = api.get("/api/auth/me", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", "bearer"})
    void malformed_authorization_header_is_401(String header) {
        var response = api.send("GET", "/api/auth/me", Map.of("Authorization", header), null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void alg_none_token_is_401() {
        long now = Instant.now().getEpochSecond();
        String token = JwtFixtures.unsigned(JwtFixtures.claims(team, "admin", now, now + 600));
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void token_signed_with_another_key_is_401() {
        long now = Instant.now().getEpochSecond();
        String token = JwtFixtures.hs256("another-key-of-at-least-thirty-two-bytes!!",
                JwtFixtures.claims(team, "admin", now, now + 600));
        var response = api.get("/api/auth/me", token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void expired_token_is_401() {
        long now = Instant.now().getEpochSecond();
        String token = JwtFixtures.hs256(jwtSecret, JwtFixtures.claims(team, "admin", now - 7200, now - 3600));
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void correctly_signed_token_without_exp_or_with_unknown_role_is_401() {
        long now = Instant.now().getEpochSecond();
        String noExp = JwtFixtures.hs256(jwtSecret, "{\"team_id\":\"" + team + "\",\"role\":\"admin\",\"iat\":" + now + "}");
        String badRole = JwtFixtures.hs256(jwtSecret, JwtFixtures.claims(team, "root", now, now + 600));
        String badTeam = JwtFixtures.hs256(jwtSecret, JwtFixtures.claims("../x", "admin", now, now + 600));
        assertThat(api.get("/api/auth/me", noExp).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", badRole).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", badTeam).status()).isEqualTo(401);
    }

    @Test
    void hand_signed_token_with_the_deployment_key_is_accepted() {
        long now = Instant.now().getEpochSecond();
        String token = JwtFixtures.hs256(jwtSecret, JwtFixtures.claims(team, "operator", now, now + 600));
        var me = api.get("/api/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("operator");
    }

    @Test
    void roles_are_ordered_viewer_operator_admin() {
        for (String role : new String[] {"viewer", "operator"}) {
            var response = api.get("/api/system/status", api.token(team, role));
            assertThat(response.status()).as(role).isEqualTo(403);
            assertThat(response.detail()).isNotBlank();
        }
        assertThat(api.get("/api/system/status", api.token(team, "admin")).status()).isEqualTo(200);
        assertThat(api.get("/api/auth/me", api.token(team, "admin")).status()).isEqualTo(200);
    }
}
