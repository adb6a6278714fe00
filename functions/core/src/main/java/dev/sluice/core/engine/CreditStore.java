package dev.sluice.core.engine;

import dev.sluice.core.auth.TeamId;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's credit balance and ledger (port). Charges for passed stages are written by
 * {@link RunStore#apply} atomically with the run's transition; this port reads and grants.
 */
public interface CreditStore {

    /** The current balance; 0 for a tenant that never had a grant. */
    long balance(TeamId team);

    /** Adds {@code amount} (> 0) and records a ledger entry; returns the entry with the new balance. */
    LedgerEntry grant(TeamId team, long amount, String reason, String grantedBy);

    /** Ledger entries, newest first. */
    LedgerPage ledger(TeamId team, int limit, String cursor);

    /**
     * One movement of the balance.
     *
     * @param kind   {@code grant} or {@code charge}
     * @param amount positive for a grant, negative for a charge
     * @param runId  the charged run (null for a grant); {@code stage} and {@code attempt} likewise
     */
    record LedgerEntry(String id, String kind, long amount, String reason, String runId, String stage,
                       Integer attempt, Instant at, Long balanceAfter) {
    }

    record LedgerPage(List<LedgerEntry> items, String nextCursor) {
    }
}
