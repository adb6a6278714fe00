package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.local.LocalCloud;
import dev.sluice.local.LocalCloudOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Restarting the local cloud on the same data directory keeps DynamoDB items, S3 objects and keys. */
class PersistenceIT {

    @Test
    void restart_keeps_items_objects_and_the_admin_key(@TempDir Path dataDir) throws Exception {
        LocalCloudOptions options = LocalCloudOptions.forTests(LocalCloudOptions.findTemplate()).withDataDir(dataDir);
        String adminKey;
        String table;
        String bucket;
        try (LocalCloud first = LocalCloud.start(options)) {
            table = first.physicalName("Table");
            bucket = first.physicalName("Bucket");
            adminKey = first.secret("SLUICE_ADMIN_KEY");
            first.aws().dynamo().putItem(b -> b.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("t#persist"), "sk", AttributeValue.fromS("item"),
                    "value", AttributeValue.fromS("kept"))));
            first.aws().s3().putObject(b -> b.bucket(bucket).key("tenants/persist/hello.txt"),
                    RequestBody.fromString("still here"));
        }
        try (LocalCloud second = LocalCloud.start(options)) {
            var item = second.aws().dynamo().getItem(b -> b.tableName(table).key(Map.of(
                    "pk", AttributeValue.fromS("t#persist"), "sk", AttributeValue.fromS("item")))).item();
            assertThat(item.get("value").s()).isEqualTo("kept");
            String object = second.aws().s3().getObjectAsBytes(b -> b.bucket(bucket).key("tenants/persist/hello.txt"))
                    .asUtf8String();
            assertThat(object).isEqualTo("still here");
            assertThat(second.secret("SLUICE_ADMIN_KEY")).isEqualTo(adminKey);
            var index = second.aws().dynamo().describeTable(b -> b.tableName(table)).table();
            assertThat(index.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactlyInAnyOrder("gsi1", "gsi2");
            var ttl = second.aws().dynamo().describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
            assertThat(ttl.attributeName()).isEqualTo("expires_at");
            assertThat(ttl.timeToLiveStatusAsString()).isEqualTo("ENABLED");
        }
    }

    @Test
    void memory_mode_starts_empty_every_time() throws Exception {
        LocalCloudOptions options = LocalCloudOptions.forTests(LocalCloudOptions.findTemplate());
        try (LocalCloud first = LocalCloud.start(options)) {
            first.aws().dynamo().putItem(b -> b.tableName(first.physicalName("Table")).item(Map.of(
                    "pk", AttributeValue.fromS("t#mem"), "sk", AttributeValue.fromS("x"))));
        }
        try (LocalCloud second = LocalCloud.start(options)) {
            var item = second.aws().dynamo().getItem(b -> b.tableName(second.physicalName("Table")).key(Map.of(
                    "pk", AttributeValue.fromS("t#mem"), "sk", AttributeValue.fromS("x"))));
            assertThat(item.hasItem()).isFalse();
        }
    }
}
