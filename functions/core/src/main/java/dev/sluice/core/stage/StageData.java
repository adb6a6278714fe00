package dev.sluice.core.stage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data one attempt of a stage may read, as placeholders ({@link Templates}) and as JSONLogic
 * {@code var}s: {@code {"input": ..., "context": ..., "item": ..., "run": {"id", "stage", "attempt"}}}.
 * {@code item} is present only for a {@code for_each} stage.
 */
public final class StageData {

    private StageData() {
    }

    /** The data root of an invocation; input and context are empty maps when absent. */
    public static Map<String, Object> of(StageInvocation invocation) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", invocation.runId());
        run.put("stage", invocation.stageName());
        run.put("attempt", (long) invocation.attempt());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("input", invocation.input() == null ? Map.of() : invocation.input());
        data.put("context", invocation.context() == null ? Map.of() : invocation.context());
        if (invocation.item() != null) {
            data.put("item", invocation.item());
        }
        data.put("run", run);
        return data;
    }
}
