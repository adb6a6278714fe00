package dev.sluice.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire form of runs (snake_case, ISO-8601 UTC): the full document, the history item, the processing view. */
public final class RunJson {

    private RunJson() {
    }

    /** GET /api/automations/runs/{run_id}. */
    public static Map<String, Object> full(Run run) {
        Map<String, Object> m = summary(run);
        m.put("stages", run.stages().stream().map(RunJson::stage).toList());
        m.put("input", run.input());
        m.put("context", run.context());
        m.put("output", run.output());
        m.put("pause_requested", run.pauseRequested());
        m.put("cancel_requested", run.cancelRequested());
        m.put("wake_at", time(run.wakeAt()));
        return m;
    }

    /** A history item: the full document without stages, input, context and output. */
    public static Map<String, Object> summary(Run run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", run.id());
        m.put("automation_id", run.automationId());
        m.put("status", run.status().wireName());
        m.put("version", run.version());
        m.put("trigger", run.trigger());
        m.put("created_at", time(run.createdAt()));
        m.put("started_at", time(run.startedAt()));
        m.put("finished_at", time(run.finishedAt()));
        m.put("current_stage", currentStageName(run));
        m.put("credits_estimated", run.creditsEstimated());
        m.put("credits_used", run.creditsUsed());
        m.put("error", run.error());
        return m;
    }

    public static Map<String, Object> stage(StageState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("status", s.status().wireName());
        m.put("attempts", s.attempts());
        m.put("started_at", time(s.startedAt()));
        m.put("finished_at", time(s.finishedAt()));
        m.put("result", s.result());
        m.put("error", s.error());
        m.put("items_done", s.itemsDone());
        m.put("items_total", s.itemsTotal());
        return m;
    }

    /** The name of the stage in progress or next to start; null once the run is over. */
    public static String currentStageName(Run run) {
        StageState current = run.current();
        return current == null || run.isTerminal() ? null : current.name();
    }

    /**
     * GET .../current_processing for an active run: where it is and whether a worker is alive on it.
     * The heartbeat is the run's latest known transition: the current stage's start, else the run's start,
     * else its creation ({@code lease_until} shows how long the holding worker may still take).
     */
    public static Map<String, Object> processing(Run run, Instant now) {
        StageState stage = run.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("active", true);
        m.put("run_id", run.id());
        m.put("status", run.status().wireName());
        m.put("stage", stage == null ? null : stageRef(stage, run.currentStage()));
        m.put("attempt", stage == null ? null : stage.attempts());
        m.put("item", stage == null || stage.itemsTotal() == 0 ? null
                : Math.min(stage.itemsDone() + 1, stage.itemsTotal()));
        m.put("items_done", stage == null ? 0 : stage.itemsDone());
        m.put("items_total", stage == null ? 0 : stage.itemsTotal());
        m.put("lease_owner", run.leaseOwner());
        m.put("lease_until", time(run.leaseUntil()));
        m.put("wake_at", time(run.wakeAt()));
        Instant heartbeat = latest(List.of(stage == null || stage.startedAt() == null ? Instant.EPOCH : stage.startedAt(),
                run.startedAt() == null ? Instant.EPOCH : run.startedAt(), run.createdAt()));
        m.put("heartbeat_at", time(heartbeat));
        m.put("heartbeat_age_seconds", Math.max(0, Duration.between(heartbeat, now).toSeconds()));
        m.put("pause_requested", run.pauseRequested());
        m.put("cancel_requested", run.cancelRequested());
        return m;
    }

    private static Map<String, Object> stageRef(StageState stage, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", stage.name());
        m.put("type", stage.type());
        m.put("index", index);
        return m;
    }

    private static Instant latest(List<Instant> instants) {
        return instants.stream().max(Instant::compareTo).orElseThrow();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
