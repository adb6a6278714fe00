package dev.sluice.aws.run;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Retries a write that DynamoDB rejected only because another transaction was in flight on one of its
 * items ({@code TransactionConflict}): nothing was written and no condition was evaluated false, so the
 * outcome is still unknown and the same write is tried again after a jittered backoff. A cancellation
 * with a failed condition is final and surfaces at once; so does the last conflict after
 * {@link #ATTEMPTS} tries.
 */
final class Contention {

    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    static final int ATTEMPTS = 10;

    private Contention() {
    }

    static void retry(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (TransactionCanceledException e) {
                if (!onlyConflicts(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (TransactionConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
            backoff(attempt);
        }
    }

    /** The code of the item at {@code index}, or "None". */
    static String code(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        String code = index < reasons.size() ? reasons.get(index).code() : null;
        return code == null ? "None" : code;
    }

    static CancellationReason reason(TransactionCanceledException e, int index) {
        return e.hasCancellationReasons() && index < e.cancellationReasons().size()
                ? e.cancellationReasons().get(index) : null;
    }

    static boolean onlyConflicts(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) {
            return false;
        }
        boolean conflict = false;
        for (CancellationReason reason : e.cancellationReasons()) {
            String code = reason.code() == null ? "None" : reason.code();
            if (code.equals("TransactionConflict")) {
                conflict = true;
            } else if (!code.equals("None")) {
                return false;
            }
        }
        return conflict;
    }

    private static void backoff(int attempt) {
        long ceiling = Math.min(400, 10L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a contended write", e);
        }
    }
}
