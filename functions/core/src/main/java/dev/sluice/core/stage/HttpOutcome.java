package dev.sluice.core.stage;

import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the response of an {@code http} stage: an unexpected status is a failure (retriable for
 * 5xx, 408 and 429), an expected one passes with a small summary and the extracted variables.
 */
final class HttpOutcome {

    /** Characters of response text kept in the summary. */
    static final int SUMMARY_CHARS = 2048;

    private static final Object NOT_JSON = new Object();

    private HttpOutcome() {
    }

    static StageResult judge(int status, BoundedBody body, long durationMs, HttpTarget target,
                             ExpectedStatus expected, Map<String, String> extract) {
        if (!expected.matches(status)) {
            boolean retriable = status >= 500 || status == 408 || status == 429;
            return new StageResult.Failed("HTTP " + status + " from " + target.safeUrl(), retriable);
        }
        String text = body.text();
        boolean wanted = !extract.isEmpty() || text.length() <= SUMMARY_CHARS;
        Object json = body.cut() || !wanted ? NOT_JSON : parse(text);
        Map<String, Object> updates = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : extract.entrySet()) {
            if (body.cut()) {
                return new StageResult.Failed("response body of " + target.safeUrl() + " is too large to extract "
                        + entry.getKey() + " from", false);
            }
            if (json == NOT_JSON) {
                return new StageResult.Failed("response body of " + target.safeUrl() + " is not JSON; cannot extract "
                        + entry.getKey(), false);
            }
            Optional<JsonPointer.Found> found = JsonPointer.resolve(json, entry.getValue());
            if (found.isEmpty()) {
                return new StageResult.Failed("extract." + entry.getKey() + ": pointer \"" + entry.getValue()
                        + "\" does not resolve in the response body", false);
            }
            updates.put(entry.getKey(), found.get().value());
        }
        return new StageResult.Passed(summary(status, durationMs, body, text, json), updates);
    }

    private static Map<String, Object> summary(int status, long durationMs, BoundedBody body, String text, Object json) {
        boolean fits = text.length() <= SUMMARY_CHARS;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", (long) status);
        summary.put("duration_ms", durationMs);
        summary.put("body", fits ? (json == NOT_JSON ? text : json) : cut(text));
        summary.put("truncated", body.cut() || !fits);
        return summary;
    }

    private static String cut(String text) {
        int end = Character.isHighSurrogate(text.charAt(SUMMARY_CHARS - 1)) ? SUMMARY_CHARS - 1 : SUMMARY_CHARS;
        return text.substring(0, end);
    }

    private static Object parse(String text) {
        try {
            return Json.parse(text);
        } catch (JsonException e) {
            return NOT_JSON;
        }
    }
}
