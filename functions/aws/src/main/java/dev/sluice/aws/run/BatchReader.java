package dev.sluice.aws.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads items of one table by key with BatchGetItem: 100 keys per call, strongly consistent, unprocessed
 * keys retried with a short backoff. Returns the found items in the order of the keys asked for.
 */
final class BatchReader {

    private static final int MAX_KEYS = 100;
    private static final int MAX_ROUNDS = 8;

    private BatchReader() {
    }

    /** Items by key (any partitions, duplicates read once); missing items are left out. */
    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table,
                                                 List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        Map<String, Map<String, AttributeValue>> unique = new LinkedHashMap<>();
        for (Map<String, AttributeValue> key : keys) {
            unique.putIfAbsent(id(key), Map.of("pk", key.get("pk"), "sk", key.get("sk")));
        }
        read(dynamo, table, new ArrayList<>(unique.values()), found);
        List<Map<String, AttributeValue>> ordered = new ArrayList<>();
        for (String id : unique.keySet()) {
            Map<String, AttributeValue> item = found.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }

    private static void read(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys,
                             Map<String, Map<String, AttributeValue>> found) {
        for (int from = 0; from < keys.size(); from += MAX_KEYS) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + MAX_KEYS));
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round == MAX_ROUNDS) {
                    throw SdkException.builder().message("BatchGetItem left " + pending.size()
                            + " keys unprocessed after " + MAX_ROUNDS + " rounds").build();
                }
                if (round > 0) {
                    backoff(round);
                }
                List<Map<String, AttributeValue>> ask = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(table,
                        KeysAndAttributes.builder().keys(ask).consistentRead(true).build())));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    found.put(id(item), item);
                }
                KeysAndAttributes left = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(table) : null;
                pending = left == null ? List.of() : left.keys();
            }
        }
    }

    private static String id(Map<String, AttributeValue> item) {
        return item.get("pk").s() + "\n" + item.get("sk").s();
    }

    private static void backoff(int round) {
        try {
            Thread.sleep(Math.min(500, 20L << round) + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkException.builder().message("interrupted while retrying BatchGetItem").cause(e).build();
        }
    }
}
