package dev.sluice.aws.log;

import dev.sluice.aws.log.LogChunkItems.Chunk;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads a run's log: the newest index items tell the last seq and whether the log is closed (one query);
 * a page after a seq takes the chunk holding the next seq (one query, newest first from that seq) and the
 * chunks after it (one query), then one S3 GET per chunk. Nothing new after the seq costs just the first query.
 */
final class LogChunkReader {

    /** Chunks fetched per page query; a page stops early once it holds {@code limit} lines. */
    private static final int CHUNKS_PER_QUERY = 50;

    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final ResourceNames names;

    LogChunkReader(DynamoDbClient dynamo, S3Client s3, ResourceNames names) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.names = names;
    }

    record Latest(long lastSeq, boolean closed) {
    }

    /** The run's last stored seq (0 if none) and whether the log was closed. */
    Latest latest(String team, String runId) {
        QueryResponse response = dynamo.query(q -> q.tableName(names.table()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("t#" + team),
                        ":prefix", AttributeValue.fromS(LogChunkItems.prefix(runId))))
                .scanIndexForward(false).limit(2));
        boolean closed = false;
        long last = 0;
        for (Map<String, AttributeValue> item : response.items()) {
            if (LogChunkItems.isMarker(item)) {
                closed = true;
                last = Math.max(last, Long.parseLong(item.get("last_seq").n()));
            } else {
                Chunk chunk = LogChunkItems.chunkOf(item);
                closed = closed || chunk.closed();
                last = Math.max(last, chunk.lastSeq());
                break;
            }
        }
        return new Latest(last, closed);
    }

    LogPage after(String team, String runId, long afterSeq, int limit) {
        return after(team, runId, afterSeq, limit, latest(team, runId));
    }

    /** As {@link #after(String, String, long, int)}, with {@code latest} already read. */
    LogPage after(String team, String runId, long afterSeq, int limit, Latest latest) {
        if (latest.lastSeq() <= afterSeq) {
            return new LogPage(List.of(), latest.lastSeq(), latest.closed());
        }
        List<LogLine> lines = new ArrayList<>();
        for (Chunk chunk : chunksFrom(team, runId, afterSeq + 1, limit)) {
            for (LogLine line : read(chunk)) {
                if (line.seq() > afterSeq && lines.size() < limit) {
                    lines.add(line);
                }
            }
            if (lines.size() >= limit) {
                break;
            }
        }
        return new LogPage(lines, latest.lastSeq(), latest.closed());
    }

    /** The chunk holding {@code seq} and those after it, until they hold at least {@code lines} lines. */
    private List<Chunk> chunksFrom(String team, String runId, long seq, int lines) {
        AttributeValue pk = AttributeValue.fromS("t#" + team);
        QueryResponse holding = dynamo.query(q -> q.tableName(names.table())
                .keyConditionExpression("pk = :pk AND sk BETWEEN :lo AND :hi")
                .expressionAttributeValues(Map.of(":pk", pk, ":lo", AttributeValue.fromS(LogChunkItems.sk(runId, 0)),
                        ":hi", AttributeValue.fromS(LogChunkItems.sk(runId, seq))))
                .scanIndexForward(false).limit(1));
        long from = holding.items().isEmpty() ? 0 : LogChunkItems.chunkOf(holding.items().get(0)).firstSeq();
        List<Chunk> chunks = new ArrayList<>();
        long covered = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> exclusiveStart = startKey;
            QueryResponse page = dynamo.query(q -> q.tableName(names.table())
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :lo AND :hi")
                    .expressionAttributeValues(Map.of(":pk", pk,
                            ":lo", AttributeValue.fromS(LogChunkItems.sk(runId, from)),
                            ":hi", AttributeValue.fromS(LogChunkItems.highestSk(runId))))
                    .exclusiveStartKey(exclusiveStart).limit(CHUNKS_PER_QUERY));
            for (Map<String, AttributeValue> item : page.items()) {
                Chunk chunk = LogChunkItems.chunkOf(item);
                chunks.add(chunk);
                covered += chunk.lastSeq() - Math.max(chunk.firstSeq(), seq) + 1;
                if (covered >= lines) {
                    return chunks;
                }
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return chunks;
    }

    private List<LogLine> read(Chunk chunk) {
        try {
            String text = s3.getObjectAsBytes(g -> g.bucket(names.bucket()).key(chunk.key())).asUtf8String();
            return LogChunkObjects.decode(text);
        } catch (NoSuchKeyException expired) {
            return List.of();
        }
    }
}
