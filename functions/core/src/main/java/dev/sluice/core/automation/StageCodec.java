package dev.sluice.core.automation;

import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage definitions to and from their JSON form (snake_case, as clients write them). Decoding
 * trusts its input: it reads what {@link #encode} wrote to storage, already validated on write.
 */
public final class StageCodec {

    private StageCodec() {
    }

    public static List<Object> encode(List<StageDefinition> stages) {
        List<Object> out = new ArrayList<>();
        for (StageDefinition s : stages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("type", s.type());
            m.put("params", s.params());
            RetryPolicy r = s.retry();
            Map<String, Object> retry = new LinkedHashMap<>();
            retry.put("max_attempts", r.maxAttempts());
            retry.put("initial_delay_seconds", r.initialDelay().toSeconds());
            retry.put("multiplier", r.multiplier());
            retry.put("max_delay_seconds", r.maxDelay().toSeconds());
            retry.put("jitter", r.jitter());
            m.put("retry", retry);
            m.put("timeout_seconds", s.timeoutSeconds());
            m.put("credits", s.credits());
            m.put("on_failure", s.onFailure().wireName());
            m.put("for_each", s.forEach());
            m.put("batch_size", s.batchSize());
            m.put("batch_delay_seconds", s.batchDelaySeconds());
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<StageDefinition> decode(List<?> raw) {
        List<StageDefinition> stages = new ArrayList<>();
        for (Object item : raw) {
            Map<String, Object> m = (Map<String, Object>) item;
            Map<String, Object> r = (Map<String, Object>) m.get("retry");
            RetryPolicy retry = new RetryPolicy(num(r, "max_attempts").intValue(),
                    Duration.ofSeconds(num(r, "initial_delay_seconds").longValue()), num(r, "multiplier").doubleValue(),
                    Duration.ofSeconds(num(r, "max_delay_seconds").longValue()), num(r, "jitter").doubleValue());
            Number credits = (Number) m.get("credits");
            stages.add(new StageDefinition((String) m.get("name"), (String) m.get("type"),
                    (Map<String, Object>) m.get("params"), retry, num(m, "timeout_seconds").intValue(),
                    credits == null ? null : credits.longValue(),
                    "continue".equals(m.get("on_failure")) ? FailurePolicy.CONTINUE : FailurePolicy.FAIL,
                    (String) m.get("for_each"), num(m, "batch_size").intValue(), num(m, "batch_delay_seconds").intValue()));
        }
        return stages;
    }

    private static Number num(Map<String, Object> m, String key) {
        return (Number) m.get(key);
    }
}
