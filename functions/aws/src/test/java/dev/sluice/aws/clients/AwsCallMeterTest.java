package dev.sluice.aws.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsCallMeterTest {

    @Test
    void counts_by_service_and_operation_in_sorted_order() {
        AwsCallMeter meter = new AwsCallMeter();
        meter.record("Sqs", "SendMessage");
        meter.record("DynamoDb", "PutItem");
        meter.record("DynamoDb", "PutItem");
        meter.record("DynamoDb", "GetItem");
        assertThat(meter.count("DynamoDb", "PutItem")).isEqualTo(2);
        assertThat(meter.count("S3", "PutObject")).isZero();
        assertThat(meter.total()).isEqualTo(4);
        assertThat(meter.snapshot().keySet()).containsExactly("DynamoDb", "Sqs");
        assertThat(meter.snapshot().get("DynamoDb").keySet()).containsExactly("GetItem", "PutItem");
        meter.reset();
        assertThat(meter.total()).isZero();
    }

    @Test
    void attributes_calls_to_tracked_tags_only_inside_their_scope() {
        AwsCallMeter meter = new AwsCallMeter();
        meter.track("run_a");
        try (AwsCallMeter.Scope ignored = meter.attribute("run_a")) {
            meter.record("DynamoDb", "Query");
            meter.record("DynamoDb", "PutItem");
        }
        try (AwsCallMeter.Scope ignored = meter.attribute("run_b")) {
            meter.record("DynamoDb", "Query");
        }
        meter.record("Sqs", "SendMessage");
        assertThat(meter.snapshot("run_a")).isEqualTo(java.util.Map.of("DynamoDb",
                java.util.Map.of("PutItem", 1L, "Query", 1L)));
        assertThat(meter.snapshot("run_b")).isEmpty();
        assertThat(meter.total()).isEqualTo(4);
        meter.reset();
        assertThat(meter.snapshot("run_a")).isEmpty();
    }

    @Test
    void track_all_keeps_every_tag_until_reset() {
        AwsCallMeter meter = new AwsCallMeter();
        meter.trackAll();
        try (AwsCallMeter.Scope ignored = meter.attribute("run_c")) {
            meter.record("DynamoDb", "Query");
        }
        assertThat(meter.snapshot("run_c")).containsKey("DynamoDb");
        meter.reset();
        try (AwsCallMeter.Scope ignored = meter.attribute("run_c")) {
            meter.record("DynamoDb", "Query");
        }
        assertThat(meter.snapshot("run_c")).isEmpty();
    }
}
