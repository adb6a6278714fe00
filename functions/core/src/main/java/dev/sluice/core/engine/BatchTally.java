package dev.sluice.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count of a {@code for_each} stage's items: {@code {items, passed, failed, errors}}, stored as
 * the stage's result between chunks (JSON numbers come back as Long or Double, so any Number is read).
 */
final class BatchTally {

    /** How many item errors the summary keeps. */
    static final int MAX_ERRORS = 5;

    private long passed;
    private long failed;
    private final List<String> errors = new ArrayList<>();

    private BatchTally() {
    }

    /** A tally going on from a previous chunk's summary; a fresh one for anything else. */
    static BatchTally resume(Object previous) {
        BatchTally tally = new BatchTally();
        if (previous instanceof Map<?, ?> summary) {
            tally.passed = number(summary.get("passed"));
            tally.failed = number(summary.get("failed"));
            if (summary.get("errors") instanceof List<?> list) {
                list.stream().limit(MAX_ERRORS).forEach(e -> tally.errors.add(String.valueOf(e)));
            }
        }
        return tally;
    }

    long passedCount() {
        return passed;
    }

    long failedCount() {
        return failed;
    }

    void passed() {
        passed++;
    }

    void failed(int item, String error) {
        failed++;
        if (errors.size() < MAX_ERRORS) {
            errors.add("item " + item + ": " + error);
        }
    }

    Map<String, Object> summary(int items) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("items", (long) items);
        summary.put("passed", passed);
        summary.put("failed", failed);
        summary.put("errors", List.copyOf(errors));
        return summary;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
