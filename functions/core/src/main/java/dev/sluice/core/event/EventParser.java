package dev.sluice.core.event;

import dev.sluice.core.error.FieldErrors;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the body of {@code POST /api/events}: {@code type} (1-100 of letters, digits, {@code . _ : / -}),
 * {@code payload} (an object, default {}, at most {@value #MAX_PAYLOAD_BYTES} bytes as JSON: it becomes the input
 * of the runs it starts, which every run transition rewrites), {@code dedupe_key} (1-256 characters). Every problem is reported at once.
 */
public final class EventParser {

    public static final int MAX_PAYLOAD_BYTES = 32 * 1024;
    static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    private static final Set<String> FIELDS = Set.of("type", "payload", "dedupe_key");

    private EventParser() {
    }

    /** A parsed body: what {@link Event} needs besides its id, tenant and time. */
    public record Parsed(String type, Map<String, Object> payload, String dedupeKey) {
    }

    @SuppressWarnings("unchecked")
    public static Parsed parse(Object body) {
        FieldErrors errors = new FieldErrors();
        if (!(body instanceof Map<?, ?> raw)) {
            throw new ValidationException("body", "must be a JSON object {type, payload, dedupe_key}");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        m.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> errors.add(k, "unknown field"));
        String type = null;
        if (!(m.get("type") instanceof String t) || !TYPE.matcher(t).matches()) {
            errors.add("type", "is required: 1-100 letters, digits or . _ : / -, starting with a letter or digit");
        } else {
            type = t;
        }
        Map<String, Object> payload = Map.of();
        Object rawPayload = m.get("payload");
        if (rawPayload instanceof Map<?, ?> p) {
            payload = (Map<String, Object>) p;
            if (Json.write(payload).getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
                errors.add("payload", "is larger than " + MAX_PAYLOAD_BYTES + " bytes");
            }
        } else if (rawPayload != null) {
            errors.add("payload", "must be a JSON object");
        }
        String dedupeKey = null;
        Object rawKey = m.get("dedupe_key");
        if (rawKey instanceof String k && !k.isBlank() && k.length() <= 256) {
            dedupeKey = k;
        } else if (rawKey != null) {
            errors.add("dedupe_key", "must be a non-blank string of at most 256 characters");
        }
        errors.throwIfAny();
        return new Parsed(type, payload, dedupeKey);
    }
}
