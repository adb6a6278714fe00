package dev.sluice.aws.log;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB index item of one log chunk (see docs/data-model.md): {@code pk = t#{team}},
 * {@code sk = log#{run}#{first seq, 12 digits}}, the chunk's seq range, its S3 key, and {@code closed} on
 * the run's last chunk. A close with no lines writes the marker {@code log#{run}#~closed}, which sorts after
 * every chunk. Items expire with the S3 objects ({@code expires_at}).
 */
final class LogChunkItems {

    static final String CLOSED_MARKER = "~closed";
    private static final int SEQ_DIGITS = 12;

    private LogChunkItems() {
    }

    record Chunk(long firstSeq, long lastSeq, String key, boolean closed) {
    }

    static String prefix(String runId) {
        return "log#" + runId + "#";
    }

    static String sk(String runId, long firstSeq) {
        return prefix(runId) + pad(firstSeq);
    }

    static String highestSk(String runId) {
        return prefix(runId) + "9".repeat(SEQ_DIGITS);
    }

    static String pad(long seq) {
        String digits = Long.toString(seq);
        return "0".repeat(Math.max(0, SEQ_DIGITS - digits.length())) + digits;
    }

    static Map<String, AttributeValue> chunk(String team, String runId, long firstSeq, long lastSeq, String key,
                                             boolean closed, long expiresAt) {
        Map<String, AttributeValue> item = base(team, sk(runId, firstSeq), expiresAt);
        item.put("entity", AttributeValue.fromS("log_chunk"));
        item.put("first_seq", AttributeValue.fromN(Long.toString(firstSeq)));
        item.put("last_seq", AttributeValue.fromN(Long.toString(lastSeq)));
        item.put("key", AttributeValue.fromS(key));
        if (closed) {
            item.put("closed", AttributeValue.fromBool(true));
        }
        return item;
    }

    static Map<String, AttributeValue> closedMarker(String team, String runId, long lastSeq, long expiresAt) {
        Map<String, AttributeValue> item = base(team, prefix(runId) + CLOSED_MARKER, expiresAt);
        item.put("entity", AttributeValue.fromS("log_closed"));
        item.put("last_seq", AttributeValue.fromN(Long.toString(lastSeq)));
        return item;
    }

    static boolean isMarker(Map<String, AttributeValue> item) {
        return item.get("sk").s().endsWith(CLOSED_MARKER);
    }

    static Chunk chunkOf(Map<String, AttributeValue> item) {
        AttributeValue closed = item.get("closed");
        return new Chunk(Long.parseLong(item.get("first_seq").n()), Long.parseLong(item.get("last_seq").n()),
                item.get("key").s(), closed != null && Boolean.TRUE.equals(closed.bool()));
    }

    private static Map<String, AttributeValue> base(String team, String sk, long expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("t#" + team));
        item.put("sk", AttributeValue.fromS(sk));
        item.put("expires_at", AttributeValue.fromN(Long.toString(expiresAt)));
        return item;
    }
}
