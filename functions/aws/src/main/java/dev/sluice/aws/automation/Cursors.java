package dev.sluice.aws.automation;

import dev.sluice.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque page cursors: the sort key of the last item, base64url-encoded. A cursor only ever
 * continues a listing within the caller's own partition, so a forged one cannot reach another tenant.
 */
final class Cursors {

    private Cursors() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.get("sk").s().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, AttributeValue> decode(String team, String cursor) {
        String sk;
        try {
            sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("cursor", "is not a cursor returned by this API");
        }
        if (!sk.startsWith(AutomationItems.AUTOMATION_PREFIX) || sk.length() > 100) {
            throw new ValidationException("cursor", "is not a cursor returned by this API");
        }
        return Map.of("pk", AttributeValue.fromS(AutomationItems.partition(team)), "sk", AttributeValue.fromS(sk));
    }
}
