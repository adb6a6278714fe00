package dev.sluice.api.log;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.log.RunLogStore;

/**
 * The query of {@code GET .../logs}: either the last {@code lines} (default 100) or, with {@code after},
 * up to {@code limit} (default 1000) lines after a seq. Both bounded by {@link RunLogStore#MAX_LINES};
 * anything else is a 422 naming the parameter.
 */
record LogQuery(boolean tail, long after, int count) {

    static final int DEFAULT_TAIL = 100;
    static final int DEFAULT_PAGE = 1000;

    static LogQuery parse(String lines, String after, String limit) {
        if (after != null) {
            if (lines != null) {
                throw new ValidationException("lines", "use either lines (tail) or after (page forward), not both");
            }
            long seq = number("after", after, 0, Long.MAX_VALUE);
            int count = limit == null ? DEFAULT_PAGE : (int) number("limit", limit, 1, RunLogStore.MAX_LINES);
            return new LogQuery(false, seq, count);
        }
        if (limit != null) {
            throw new ValidationException("limit", "limit pages forward with after; use lines for the tail");
        }
        int count = lines == null ? DEFAULT_TAIL : (int) number("lines", lines, 1, RunLogStore.MAX_LINES);
        return new LogQuery(true, 0, count);
    }

    private static long number(String name, String raw, long min, long max) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException(name, "must be an integer between " + min + " and " + max);
    }
}
