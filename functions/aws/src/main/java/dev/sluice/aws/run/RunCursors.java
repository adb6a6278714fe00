package dev.sluice.aws.run;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque page cursors (base64url). Within a tenant a cursor is the last sort key, checked against the
 * listing's prefix and rebuilt under the caller's own partition, so a forged one cannot reach another
 * tenant or another listing. Across tenants (the reaper's work list) it is the shard and the index's
 * last evaluated key.
 */
final class RunCursors {

    private static final String INVALID = "is not a cursor returned by this API";

    private RunCursors() {
    }

    static String encodeSk(Map<String, AttributeValue> lastKey) {
        return base64(lastKey.get("sk").s());
    }

    /** The exclusive start key in {@code team}'s partition; the sort key must start with {@code prefix}. */
    static Map<String, AttributeValue> decodeSk(String team, String prefix, String cursor) {
        String sk = unbase64(cursor);
        if (!sk.startsWith(prefix) || sk.length() > 200) {
            throw new ValidationException("cursor", INVALID);
        }
        return Map.of("pk", AttributeValue.fromS(RunItems.partition(team)), "sk", AttributeValue.fromS(sk));
    }

    /** A position in the active-runs index: a shard and, unless at its start, the last key read there. */
    record ShardPosition(int shard, Map<String, AttributeValue> startKey) {
    }

    static String encodeShard(int shard, Map<String, AttributeValue> lastKey) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("shard", shard);
        if (lastKey != null && !lastKey.isEmpty()) {
            Map<String, Object> key = new LinkedHashMap<>();
            lastKey.forEach((name, value) -> key.put(name, value.s()));
            out.put("key", key);
        }
        return base64(Json.write(out));
    }

    @SuppressWarnings("unchecked")
    static ShardPosition decodeShard(String cursor) {
        if (cursor == null) {
            return new ShardPosition(0, null);
        }
        try {
            Map<String, Object> in = (Map<String, Object>) Json.parse(unbase64(cursor));
            int shard = ((Long) in.get("shard")).intValue();
            if (shard < 0 || shard >= RunItems.ACTIVE_SHARDS) {
                throw new ValidationException("cursor", INVALID);
            }
            Map<String, Object> key = (Map<String, Object>) in.get("key");
            if (key == null) {
                return new ShardPosition(shard, null);
            }
            Map<String, AttributeValue> start = new HashMap<>();
            for (String name : new String[] {"pk", "sk", "gsi2pk", "gsi2sk"}) {
                start.put(name, AttributeValue.fromS((String) key.get(name)));
            }
            if (!start.get("gsi2pk").s().equals(RunItems.activeShard(shard))) {
                throw new ValidationException("cursor", INVALID);
            }
            return new ShardPosition(shard, start);
        } catch (RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("cursor", INVALID);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unbase64(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("cursor", INVALID);
        }
    }
}
