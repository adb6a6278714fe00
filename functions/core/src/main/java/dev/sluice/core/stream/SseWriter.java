package dev.sluice.core.stream;

/**
 * Builds a {@code text/event-stream} body (WHATWG HTML, "Server-sent events"): each event is its
 * {@code id:}, {@code event:} and {@code data:} lines followed by a blank line. Data that holds line
 * breaks becomes one {@code data:} line per line, which a client joins back with {@code \n}; ids and
 * event names may not hold line breaks at all (a client would read them as other fields).
 */
public final class SseWriter {

    private final StringBuilder body = new StringBuilder();

    /** Appends one event; {@code id} and {@code name} may be null (no such field). */
    public SseWriter event(String id, String name, String data) {
        if (id != null) {
            body.append("id: ").append(singleLine("id", id)).append('\n');
        }
        if (name != null) {
            body.append("event: ").append(singleLine("event", name)).append('\n');
        }
        for (String line : (data == null ? "" : data).split("\r\n|\r|\n", -1)) {
            body.append("data: ").append(line).append('\n');
        }
        body.append('\n');
        return this;
    }

    /** Tells the client how long to wait before it reconnects; dispatches no event. */
    public SseWriter retry(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("retry must not be negative: " + millis);
        }
        body.append("retry: ").append(millis).append("\n\n");
        return this;
    }

    /** A comment line, which clients ignore. */
    public SseWriter comment(String text) {
        body.append(": ").append(singleLine("comment", text)).append('\n');
        return this;
    }

    /** Characters written so far. */
    public int length() {
        return body.length();
    }

    public String body() {
        return body.toString();
    }

    @Override
    public String toString() {
        return body();
    }

    private static String singleLine(String field, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("SSE " + field + " must not contain a line break: " + value);
        }
        return value;
    }
}
