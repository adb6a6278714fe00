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
}
