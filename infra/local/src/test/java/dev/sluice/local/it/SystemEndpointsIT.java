package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalCloudExtension.class)
class SystemEndpointsIT {

    @Test
    void health_is_ok_with_the_version(SluiceApi api) {
        var response = api.get("/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("ok");
        assertThat(response.json().get("version").asText()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void ready_is_200_when_table_and_bucket_answer(SluiceApi api) {
        var response = api.get("/ready", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("ready");
    }

    @Test
    void api_root_describes_the_service(SluiceApi api) {
        var json = api.get("/api", null).json();
        assertThat(json.get("status").asText()).isEqualTo("online");
        assertThat(json.get("service").asText()).isEqualTo("sluice");
        assertThat(json.has("version")).isTrue();
        assertThat(json.get("docs_url").asText()).isNotBlank();
    }

    @Test
    void system_status_shows_resources_and_counts_the_readiness_calls(SluiceApi api) {
        String admin = api.token(SluiceApi.newTenant(), "admin");
        long before = api.get("/api/system/status", admin).json().path("aws_calls").path("DynamoDb")
                .path("DescribeTable").asLong(0);
        api.get("/ready", null);
        var status = api.get("/api/system/status", admin);
        assertThat(status.status()).isEqualTo(200);
        var json = status.json();
        assertThat(json.get("resources").get("table").asText()).isEqualTo("sluice-local-Table");
        assertThat(json.get("resources").get("bucket").asText()).isEqualTo("sluice-local-bucket");
        assertThat(json.get("aws_calls").get("DynamoDb").get("DescribeTable").asLong()).isEqualTo(before + 1);
        assertThat(json.get("aws_calls").get("S3").get("HeadBucket").asLong()).isPositive();
        assertThat(json.get("aws_calls_total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void system_status_is_admin_only(SluiceApi api) {
        String operator = api.token(SluiceApi.newTenant(), "operator");
        var response = api.get("/api/system/status", operator);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isNotBlank();
    }
}
