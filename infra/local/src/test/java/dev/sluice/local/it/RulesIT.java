package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalCloudExtension.class)
class RulesIT {

    private SluiceApi api;
    private String token;

    @BeforeEach
    void setUp(SluiceApi api) {
        this.api = api;
        this.token = api.token(SluiceApi.newTenant(), "viewer");
    }

    @Test
    void evaluates_a_rule_against_data() {
        var response = api.post("/api/rules/evaluate", token,
                "{\"rule\":{\"and\":[{\">\":[{\"var\":\"payload.amount\"},100]},{\"in\":[\"vip\",{\"var\":\"payload.tags\"}]}]},"
                        + "\"data\":{\"payload\":{\"amount\":250,\"tags\":[\"new\",\"vip\"]}}}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":true}");
    }

    @Test
    void numbers_keep_javascript_semantics() {
        var response = api.post("/api/rules/evaluate", token, "{\"rule\":{\"cat\":[{\"/\":[1,2]},\"-\",{\"+\":[1,2]}]}}");
        assertThat(response.json().get("result").asText()).isEqualTo("0.5-3");
        var divide = api.post("/api/rules/evaluate", token, "{\"rule\":{\"/\":[1,0]},\"data\":{}}");
        assertThat(divide.body()).isEqualTo("{\"result\":null}");
    }

    @Test
    void unknown_operator_is_422_naming_it() {
        var response = api.post("/api/rules/evaluate", token, "{\"rule\":{\"frobnicate\":[1]},\"data\":{}}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.detail()).contains("frobnicate");
        assertThat(response.json().get("errors").get(0).get("path").asText()).isEqualTo("rule");
    }

    @Test
    void missing_rule_is_422_and_bad_json_is_400() {
        assertThat(api.post("/api/rules/evaluate", token, "{\"data\":{}}").status()).isEqualTo(422);
        var bad = api.post("/api/rules/evaluate", token, "{\"rule\": ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("JSON");
        assertThat(api.post("/api/rules/evaluate", token, "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void needs_a_token() {
        assertThat(api.post("/api/rules/evaluate", null, "{\"rule\":true}").status()).isEqualTo(401);
    }
}
