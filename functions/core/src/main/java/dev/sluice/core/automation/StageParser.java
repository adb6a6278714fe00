package dev.sluice.core.automation;

import dev.sluice.core.stage.FailurePolicy;
import dev.sluice.core.stage.RetryPolicy;
import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates the {@code stages} array: names (unique, safe), known types, params against the
 * executor's schema, retry, timeout, credits, failure policy and batching; and that every
 * {@code skip_to} of a condition names a later stage.
 */
final class StageParser {

    static final int MAX_STAGES = 50;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern CONTEXT_PATH = Pattern.compile("(input|context)(\\.[A-Za-z0-9_-]+)+");
    private static final Set<String> FIELDS = Set.of("name", "type", "params", "retry", "timeout_seconds", "credits",
            "on_failure", "for_each", "batch_size", "batch_delay_seconds");
    private static final Set<String> RETRY_FIELDS = Set.of("max_attempts", "initial_delay_seconds", "multiplier",
            "max_delay_seconds", "jitter");

    private final Function<String, Optional<StageSchema>> schemas;
    private final Set<String> knownTypes;

    StageParser(Function<String, Optional<StageSchema>> schemas, Set<String> knownTypes) {
        this.schemas = schemas;
        this.knownTypes = knownTypes;
    }

    List<StageDefinition> parse(Object raw, Fields fields) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            fields.error("stages", raw == null ? "is required" : "must be a non-empty array");
            return List.of();
        }
        if (list.size() > MAX_STAGES) {
            fields.error("stages", "must have at most " + MAX_STAGES + " stages");
            return List.of();
        }
        List<StageDefinition> stages = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "stages[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                fields.error(path, "must be an object");
                continue;
            }
            @SuppressWarnings("unchecked")
            StageDefinition stage = parseOne((Map<String, Object>) m, path, fields);
            if (stage != null) {
                if (!names.add(stage.name())) {
                    fields.error(path + ".name", "duplicate stage name '" + stage.name() + "'");
                }
                stages.add(stage);
            }
        }
        checkSkipTargets(stages, fields);
        return stages;
    }

    private StageDefinition parseOne(Map<String, Object> m, String path, Fields fields) {
        fields.rejectUnknown(m, FIELDS, path);
        String name = fields.string(m, "name", path, true, 64);
        if (name != null && !NAME.matcher(name).matches()) {
            fields.error(path + ".name", "must be 1-64 letters, digits, '-' or '_', starting with a letter or digit");
        }
        String type = fields.string(m, "type", path, true, 32);
        Map<String, Object> params = fields.object(m, "params", path);
        params = params == null ? Map.of() : params;
        if (type != null) {
            Optional<StageSchema> schema = schemas.apply(type);
            if (schema.isEmpty()) {
                fields.error(path + ".type", "unknown stage type '" + type + "' (known: " + String.join(", ",
                        knownTypes.stream().sorted().toList()) + ")");
            } else {
                fields.addAll(schema.get().validate(path + ".params", params));
            }
        }
        RetryPolicy retry = retry(fields.object(m, "retry", path), path + ".retry", fields);
        int timeout = fields.integer(m, "timeout_seconds", path, 1, 86_400, 300);
        Integer credits = fields.integer(m, "credits", path, 0, 1_000_000, null);
        FailurePolicy onFailure = failurePolicy(m.get("on_failure"), path + ".on_failure", fields);
        String forEach = fields.string(m, "for_each", path, false, 200);
        if (forEach != null && !CONTEXT_PATH.matcher(forEach).matches()) {
            fields.error(path + ".for_each", "must be a path like context.items or input.rows");
        }
        int batchSize = fields.integer(m, "batch_size", path, 1, 1_000, 10);
        int batchDelay = fields.integer(m, "batch_delay_seconds", path, 0, 3_600, 0);
        if (name == null || type == null) {
            return null;
        }
        return new StageDefinition(name, type, params, retry, timeout, credits == null ? null : credits.longValue(),
                onFailure, forEach, batchSize, batchDelay);
    }

    private static RetryPolicy retry(Map<String, Object> m, String path, Fields fields) {
        if (m == null) {
            return RetryPolicy.DEFAULT;
        }
        fields.rejectUnknown(m, RETRY_FIELDS, path);
        RetryPolicy d = RetryPolicy.DEFAULT;
        int attempts = fields.integer(m, "max_attempts", path, 1, 20, d.maxAttempts());
        int initial = fields.integer(m, "initial_delay_seconds", path, 0, 3_600, (int) d.initialDelay().toSeconds());
        double multiplier = fields.number(m, "multiplier", path, 1.0, 10.0, d.multiplier());
        int max = fields.integer(m, "max_delay_seconds", path, 0, 86_400, (int) d.maxDelay().toSeconds());
        double jitter = fields.number(m, "jitter", path, 0.0, 1.0, d.jitter());
        if (max < initial) {
            fields.error(path + ".max_delay_seconds", "must not be less than initial_delay_seconds");
            return d;
        }
        return new RetryPolicy(attempts, Duration.ofSeconds(initial), multiplier, Duration.ofSeconds(max), jitter);
    }

    private static FailurePolicy failurePolicy(Object raw, String path, Fields fields) {
        if (raw == null || "fail".equals(raw)) {
            return FailurePolicy.FAIL;
        }
        if ("continue".equals(raw)) {
            return FailurePolicy.CONTINUE;
        }
        fields.error(path, "must be fail or continue");
        return FailurePolicy.FAIL;
    }

    /** A condition's {@code skip_to} must name a stage after the condition. */
    private static void checkSkipTargets(List<StageDefinition> stages, Fields fields) {
        for (int i = 0; i < stages.size(); i++) {
            for (String branch : List.of("then", "else")) {
                if (stages.get(i).params().get(branch) instanceof Map<?, ?> action
                        && action.get("skip_to") instanceof String target) {
                    int index = indexOf(stages, target);
                    if (index <= i) {
                        fields.error("stages[" + i + "].params." + branch + ".skip_to",
                                "must name a later stage; '" + target + "' is " + (index < 0 ? "not a stage" : "not after this one"));
                    }
                }
            }
        }
    }

    private static int indexOf(List<StageDefinition> stages, String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
