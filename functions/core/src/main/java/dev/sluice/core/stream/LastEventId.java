package dev.sluice.core.stream;

import dev.sluice.core.error.ValidationException;

/**
 * The log seq a stream resumes after: the {@code Last-Event-ID} header a reconnecting EventSource
 * sends, else the {@code last_event_id} query parameter a client sets by hand, else 0 (from the start).
 * Blank values count as absent (an EventSource that has seen no id sends none); anything but a
 * non-negative integer is a 422.
 */
public final class LastEventId {

    public static final String HEADER = "Last-Event-ID";
    public static final String QUERY = "last_event_id";

    private LastEventId() {
    }

    /** The header wins over the query parameter; neither means 0. */
    public static long resolve(String header, String query) {
        if (header != null && !header.isBlank()) {
            return parse(HEADER, header);
        }
        if (query != null && !query.isBlank()) {
            return parse(QUERY, query);
        }
        return 0;
    }

    private static long parse(String source, String raw) {
        String value = raw.trim();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() <= 18) {
            return Long.parseLong(value);
        }
        throw new ValidationException(source, "must be a non-negative integer (the seq of the last line received)");
    }
}
