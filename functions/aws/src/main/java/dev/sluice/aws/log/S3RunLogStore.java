package dev.sluice.aws.log;

import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.log.RunLogStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Run logs in S3 chunk objects, committed by DynamoDB index items (layout in {@link LogChunkItems}). An append
 * numbers its lines after the run's last stored line, PUTs the chunk object under a writer-unique key, then
 * commits it with a put conditional on no chunk starting at the same seq: of two concurrent writers one
 * commits, the other re-reads and renumbers, so seqs are gapless and unique. A crash before the commit leaves
 * an orphan object that nothing points to (the lifecycle rule removes it). Costs per append: one S3 PUT and
 * one DynamoDB write, plus one query when this instance has not seen the run yet.
 */
public final class S3RunLogStore implements RunLogStore {

    static final int MAX_RACES = 16;

    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final ResourceNames names;
    private final Clock clock;
    private final Duration retention;
    private final RandomGenerator random;
    private final boolean tagObjects;
    private final LogChunkReader reader;
    private final Map<String, Long> lastSeqs = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 1024;
        }
    };

    /**
     * @param retention  how long index items live (DynamoDB TTL); objects expire by the bucket's lifecycle rule
     * @param tagObjects tag chunk objects for that rule ({@link LogLifecycle}); off only for emulators that
     *                   refuse object tags
     */
    public S3RunLogStore(DynamoDbClient dynamo, S3Client s3, ResourceNames names, Clock clock, Duration retention,
                         RandomGenerator random, boolean tagObjects) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.names = names;
        this.clock = clock;
        this.retention = retention;
        this.random = random;
        this.tagObjects = tagObjects;
        this.reader = new LogChunkReader(dynamo, s3, names);
    }

    @Override
    public List<LogLine> append(String teamId, String runId, List<PendingLine> lines, boolean close) {
        long expiresAt = clock.instant().plus(retention).getEpochSecond();
        if (lines.isEmpty()) {
            if (close) {
                long last = reader.latest(teamId, runId).lastSeq();
                dynamo.putItem(p -> p.tableName(names.table())
                        .item(LogChunkItems.closedMarker(teamId, runId, last, expiresAt)));
            }
            return List.of();
        }
        long last = cachedLastSeq(teamId, runId);
        for (int race = 0; race < MAX_RACES; race++) {
            List<LogLine> numbered = number(lines, last + 1);
            long first = last + 1;
            long newLast = last + lines.size();
            String key = LogChunkObjects.key(teamId, runId, first, writerId());
            s3.putObject(p -> p.bucket(names.bucket()).key(key).contentType("application/x-ndjson")
                            .tagging(tagObjects ? LogLifecycle.TAG : null),
                    RequestBody.fromString(LogChunkObjects.encode(numbered), StandardCharsets.UTF_8));
            try {
                dynamo.putItem(p -> p.tableName(names.table())
                        .item(LogChunkItems.chunk(teamId, runId, first, newLast, key, close, expiresAt))
                        .conditionExpression("attribute_not_exists(sk)"));
                remember(teamId, runId, newLast);
                return numbered;
            } catch (ConditionalCheckFailedException lost) {
                deleteQuietly(key);
                backOff(race);
                last = reader.latest(teamId, runId).lastSeq();
            }
        }
        throw new IllegalStateException("log of run " + runId + " kept changing; " + lines.size() + " line(s) not stored");
    }

    @Override
    public LogPage after(String teamId, String runId, long afterSeq, int limit) {
        checkLimit(limit);
        return reader.after(teamId, runId, Math.max(0, afterSeq), limit);
    }

    @Override
    public LogPage tail(String teamId, String runId, int count) {
        checkLimit(count);
        LogChunkReader.Latest latest = reader.latest(teamId, runId);
        long from = Math.max(0, latest.lastSeq() - count);
        return reader.after(teamId, runId, from, count, latest);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LINES) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LINES + ", was " + limit);
        }
    }

    private static List<LogLine> number(List<PendingLine> lines, long firstSeq) {
        List<LogLine> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(lines.get(i).numbered(firstSeq + i));
        }
        return numbered;
    }

    private long cachedLastSeq(String teamId, String runId) {
        synchronized (lastSeqs) {
            Long cached = lastSeqs.get(teamId + "/" + runId);
            if (cached != null) {
                return cached;
            }
        }
        return reader.latest(teamId, runId).lastSeq();
    }

    private void remember(String teamId, String runId, long lastSeq) {
        synchronized (lastSeqs) {
            lastSeqs.put(teamId + "/" + runId, lastSeq);
        }
    }

    private String writerId() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A short random pause that grows with the races lost, so contending writers spread out. */
    private void backOff(int race) {
        try {
            Thread.sleep(random.nextLong(5, 20) * Math.min(race + 1, 8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a log chunk", e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            s3.deleteObject(d -> d.bucket(names.bucket()).key(key));
        } catch (RuntimeException ignored) {
            // an orphan chunk is harmless: no index item points to it, and the lifecycle rule expires it
        }
    }
}
