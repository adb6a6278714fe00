package dev.sluice.api.credit;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/credits}: {@code amount} a positive integer up to 1e9, {@code reason} an
 * optional string of at most 200 characters. Every problem is reported at once (422).
 */
record CreditGrant(long amount, String reason) {

    static final long MAX_AMOUNT = 1_000_000_000L;
    static final int MAX_REASON = 200;
    private static final Set<String> FIELDS = Set.of("amount", "reason");

    static CreditGrant parse(Object body) {
        if (!(body instanceof Map<?, ?> m)) {
            throw new ValidationException("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                errors.add(new FieldError(String.valueOf(key), "is not a known field"));
            }
        }
        long amount = 0;
        Object rawAmount = m.get("amount");
        if (rawAmount instanceof Number n && isWhole(n) && n.doubleValue() >= 1 && n.doubleValue() <= MAX_AMOUNT) {
            amount = n.longValue();
        } else {
            errors.add(new FieldError("amount", rawAmount == null ? "is required"
                    : "must be an integer between 1 and " + MAX_AMOUNT));
        }
        Object rawReason = m.get("reason");
        String reason = null;
        if (rawReason instanceof String s && s.length() <= MAX_REASON) {
            reason = s.isBlank() ? null : s;
        } else if (rawReason != null) {
            errors.add(new FieldError("reason", "must be a string of at most " + MAX_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("Invalid credit grant", errors);
        }
        return new CreditGrant(amount, reason);
    }

    private static boolean isWhole(Number n) {
        double d = n.doubleValue();
        return !Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d);
    }
}
