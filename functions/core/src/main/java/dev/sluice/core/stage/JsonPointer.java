package dev.sluice.core.stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** RFC 6901 JSON pointers over parsed JSON values: {@code ""} is the whole document, {@code /data/0/id} a part. */
final class JsonPointer {

    /** A value the pointer reached (JSON null included). */
    record Found(Object value) {
    }

    private JsonPointer() {
    }

    /** Whether text is a pointer: empty, or {@code /} tokens in which {@code ~} is only followed by 0 or 1. */
    static boolean isValid(String pointer) {
        if (pointer.isEmpty()) {
            return true;
        }
        if (pointer.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~' && (i + 1 >= pointer.length() || "01".indexOf(pointer.charAt(i + 1)) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** What the pointer reaches in the document, or empty if it reaches nothing. */
    static Optional<Found> resolve(Object document, String pointer) {
        if (!isValid(pointer)) {
            return Optional.empty();
        }
        Object current = document;
        if (pointer.isEmpty()) {
            return Optional.of(new Found(current));
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof Map<?, ?> map && map.containsKey(token)) {
                current = map.get(token);
            } else if (current instanceof List<?> list && isIndex(token) && Long.parseLong(token) < list.size()) {
                current = list.get(Integer.parseInt(token));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(current));
    }

    private static boolean isIndex(String token) {
        return token.matches("0|[1-9][0-9]{0,9}");
    }
}
