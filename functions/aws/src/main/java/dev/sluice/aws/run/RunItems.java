package dev.sluice.aws.run;

import dev.sluice.core.automation.StageCodec;
import dev.sluice.core.rules.Json;
import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import dev.sluice.core.stage.StageDefinition;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB item shapes of a run, its plan and its history index entry (see docs/data-model.md).
 * A non-terminal run also carries the sparse {@code gsi2} keys that put it on the reaper's work list.
 */
final class RunItems {

    static final String RUN_PREFIX = "run#";
    static final String PLAN_SUFFIX = "#plan";
    static final String HISTORY_PREFIX = "ar#";
    static final String ACTIVE_INDEX = "gsi2";
    static final int ACTIVE_SHARDS = 4;

    private RunItems() {
    }

    static String partition(String team) {
        return "t#" + team;
    }

    static Map<String, AttributeValue> key(String team, String runId) {
        return Map.of("pk", AttributeValue.fromS(partition(team)), "sk", AttributeValue.fromS(RUN_PREFIX + runId));
    }

    static String planSk(String runId) {
        return RUN_PREFIX + runId + PLAN_SUFFIX;
    }

    static String historyPrefix(String automationId) {
        return HISTORY_PREFIX + automationId + "#";
    }

    static String activeShard(int shard) {
        return "active#" + shard;
    }

    static int shardOf(String runId) {
        return Math.floorMod(runId.hashCode(), ACTIVE_SHARDS);
    }

    static Map<String, AttributeValue> planItem(Run run, List<StageDefinition> plan) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(partition(run.teamId())));
        item.put("sk", AttributeValue.fromS(planSk(run.id())));
        item.put("entity", AttributeValue.fromS("plan"));
        item.put("stages", AttributeValue.fromS(Json.write(StageCodec.encode(plan))));
        return item;
    }

    static List<StageDefinition> planFrom(Map<String, AttributeValue> item) {
        return StageCodec.decode((List<?>) Json.parse(item.get("stages").s()));
    }

    static Map<String, AttributeValue> historyItem(Run run) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(partition(run.teamId())));
        item.put("sk", AttributeValue.fromS(historyPrefix(run.automationId()) + run.id()));
        item.put("entity", AttributeValue.fromS("run_ref"));
        item.put("run_id", AttributeValue.fromS(run.id()));
        item.put("created_at", AttributeValue.fromS(run.createdAt().toString()));
        return item;
    }

    static Map<String, AttributeValue> toItem(Run r) {
        Map<String, AttributeValue> item = new HashMap<>(key(r.teamId(), r.id()));
        item.put("entity", AttributeValue.fromS("run"));
        item.put("id", AttributeValue.fromS(r.id()));
        item.put("team_id", AttributeValue.fromS(r.teamId()));
        item.put("automation_id", AttributeValue.fromS(r.automationId()));
        item.put("automation_version", number(r.automationVersion()));
        item.put("status", AttributeValue.fromS(r.status().wireName()));
        putString(item, "trigger", r.trigger());
        item.put("input", AttributeValue.fromS(Json.write(r.input())));
        item.put("context", AttributeValue.fromS(Json.write(r.context())));
        item.put("stages", AttributeValue.fromS(Json.write(StageStateJson.encode(r.stages()))));
        item.put("current_stage", number(r.currentStage()));
        item.put("version", number(r.version()));
        item.put("pause_requested", AttributeValue.fromBool(r.pauseRequested()));
        item.put("cancel_requested", AttributeValue.fromBool(r.cancelRequested()));
        item.put("credits_estimated", number(r.creditsEstimated()));
        item.put("credits_used", number(r.creditsUsed()));
        putInstant(item, "created_at", r.createdAt());
        putInstant(item, "started_at", r.startedAt());
        putInstant(item, "finished_at", r.finishedAt());
        putInstant(item, "wake_at", r.wakeAt());
        putString(item, "lease_owner", r.leaseOwner());
        putInstant(item, "lease_until", r.leaseUntil());
        if (r.output() != null) {
            item.put("output", AttributeValue.fromS(Json.write(r.output())));
        }
        putString(item, "error", r.error());
        if (!r.isTerminal()) {
            item.put("gsi2pk", AttributeValue.fromS(activeShard(shardOf(r.id()))));
            item.put("gsi2sk", AttributeValue.fromS(r.teamId() + "#" + r.id()));
        }
        return item;
    }

    @SuppressWarnings("unchecked")
    static Run fromItem(Map<String, AttributeValue> item) {
        String output = s(item, "output");
        return new Run(s(item, "id"), s(item, "team_id"), s(item, "automation_id"), n(item, "automation_version"),
                RunStatus.fromWire(s(item, "status")), s(item, "trigger"),
                (Map<String, Object>) Json.parse(s(item, "input")), (Map<String, Object>) Json.parse(s(item, "context")),
                StageStateJson.decode((List<?>) Json.parse(s(item, "stages"))), (int) n(item, "current_stage"),
                n(item, "version"), bool(item, "pause_requested"), bool(item, "cancel_requested"),
                n(item, "credits_estimated"), n(item, "credits_used"), instant(item, "created_at"),
                instant(item, "started_at"), instant(item, "finished_at"), instant(item, "wake_at"),
                s(item, "lease_owner"), instant(item, "lease_until"), output == null ? null : Json.parse(output),
                s(item, "error"));
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String s(Map<String, AttributeValue> item, String key) {
        AttributeValue value = item.get(key);
        return value == null ? null : value.s();
    }

    static long n(Map<String, AttributeValue> item, String key) {
        AttributeValue value = item.get(key);
        return value == null ? 0 : Long.parseLong(value.n());
    }

    static Instant instant(Map<String, AttributeValue> item, String key) {
        String value = s(item, key);
        return value == null ? null : Instant.parse(value);
    }

    private static boolean bool(Map<String, AttributeValue> item, String key) {
        AttributeValue value = item.get(key);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    private static void putString(Map<String, AttributeValue> item, String key, String value) {
        if (value != null) {
            item.put(key, AttributeValue.fromS(value));
        }
    }

    private static void putInstant(Map<String, AttributeValue> item, String key, Instant value) {
        if (value != null) {
            item.put(key, AttributeValue.fromS(value.toString()));
        }
    }
}
