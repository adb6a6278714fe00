package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code condition} stage does with its outcome: {@code "continue"},
 * {@code {"skip_to": "<stage name>"}} or {@code {"end": "succeeded|failed|cancelled", "reason": "..."}}.
 */
sealed interface ConditionAction {

    /** Go on with the next stage. */
    record Continue() implements ConditionAction {
    }

    /** Jump forward to the named stage. */
    record SkipTo(String stageName) implements ConditionAction {
    }

    /** End the run with a terminal status; {@code reason} may be null. */
    record End(String status, String reason) implements ConditionAction {
    }

    Set<String> END_STATUSES = Set.of("succeeded", "failed", "cancelled");
    int MAX_REASON = 1000;

    /** Parses an action that {@link #check} accepted; null means {@code continue}. */
    static ConditionAction parse(Object value) {
        if (value == null || "continue".equals(value)) {
            return new Continue();
        }
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.containsKey("skip_to")) {
            return new SkipTo((String) map.get("skip_to"));
        }
        return new End((String) map.get("end"), (String) map.get("reason"));
    }

    /** The shape problems of a written action. */
    static List<FieldError> check(String path, Object value) {
        if ("continue".equals(value)) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> map) || map.containsKey("skip_to") == map.containsKey("end")) {
            return List.of(new FieldError(path,
                    "must be \"continue\", {\"skip_to\": \"<stage>\"} or {\"end\": \"succeeded|failed|cancelled\"}"));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = map.containsKey("skip_to") ? Set.of("skip_to") : Set.of("end", "reason");
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                errors.add(new FieldError(path + "." + key, "unknown key"));
            }
        }
        if (map.containsKey("skip_to")) {
            if (!(map.get("skip_to") instanceof String stage) || stage.isBlank()) {
                errors.add(new FieldError(path + ".skip_to", "must be a stage name"));
            }
            return errors;
        }
        if (!END_STATUSES.contains(map.get("end"))) {
            errors.add(new FieldError(path + ".end", "must be one of succeeded, failed, cancelled"));
        }
        Object reason = map.get("reason");
        if (reason != null && !(reason instanceof String)) {
            errors.add(new FieldError(path + ".reason", "must be a string"));
        } else if (reason instanceof String text && text.length() > MAX_REASON) {
            errors.add(new FieldError(path + ".reason", "must be at most " + MAX_REASON + " characters"));
        }
        return errors;
    }
}
