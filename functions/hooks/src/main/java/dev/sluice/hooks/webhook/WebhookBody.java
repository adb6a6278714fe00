package dev.sluice.hooks.webhook;

import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.error.PayloadTooLargeException;
import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The rules for a webhook body, which becomes the run's {@code input}: at most {@link #MAX_BYTES} (413 before
 * anything parses it); empty or blank is {@code {}}; otherwise it must be UTF-8 JSON whose top level is an
 * object (anything else is 400: a run's input is always an object, and wrapping other values would give the
 * automation two input shapes to handle). The content type is not looked at.
 */
public final class WebhookBody {

    public static final int MAX_BYTES = 256 * 1024;

    private WebhookBody() {
    }

    /** A declared {@code Content-Length} over the limit is refused before the body is read. */
    public static void requireDeclaredLengthWithinLimit(long contentLength) {
        if (contentLength > MAX_BYTES) {
            throw tooLarge(contentLength);
        }
    }

    public static void requireWithinLimit(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw tooLarge(body.length);
        }
    }

    /** The run input the body stands for (see the class comment). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> input(byte[] body) {
        requireWithinLimit(body);
        String text = utf8(body);
        if (text.isBlank()) {
            return Map.of();
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw new BadRequestException("Webhook body is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new BadRequestException("Webhook body must be a JSON object (it becomes the run's input), not "
                    + describe(parsed));
        }
        return (Map<String, Object>) parsed;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("Webhook body is not valid UTF-8 JSON");
        }
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case java.util.List<?> ignored -> "an array";
            case String ignored -> "a string";
            case Boolean ignored -> "a boolean";
            default -> "a number";
        };
    }

    private static PayloadTooLargeException tooLarge(long length) {
        return new PayloadTooLargeException("Webhook body of " + length + " bytes exceeds the limit of " + MAX_BYTES
                + " bytes");
    }
}
