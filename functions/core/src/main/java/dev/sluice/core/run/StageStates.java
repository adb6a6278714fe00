package dev.sluice.core.run;

import java.time.Instant;

/** The transitions of one {@link StageState}; each returns a new state. */
final class StageStates {

    private StageStates() {
    }

    /** Attempt {@code attempt} starts (or a batch continues); the stage's first start is kept. */
    static StageState running(StageState s, int attempt, Instant now) {
        Instant startedAt = s.startedAt() == null ? now : s.startedAt();
        return new StageState(s.name(), s.type(), StageStatus.RUNNING, attempt, startedAt, null, s.result(),
                s.error(), s.itemsDone(), s.itemsTotal());
    }

    static StageState passed(StageState s, Instant now, Object result) {
        return new StageState(s.name(), s.type(), StageStatus.PASSED, s.attempts(), s.startedAt(), now, result,
                null, s.itemsDone(), s.itemsTotal());
    }

    static StageState failed(StageState s, Instant now, String error) {
        return new StageState(s.name(), s.type(), StageStatus.FAILED, s.attempts(), s.startedAt(), now, s.result(),
                error, s.itemsDone(), s.itemsTotal());
    }

    /** Back to pending for the next attempt; attempts are kept and the error recorded. */
    static StageState retrying(StageState s, String error) {
        return new StageState(s.name(), s.type(), StageStatus.PENDING, s.attempts(), s.startedAt(), null,
                s.result(), error, s.itemsDone(), s.itemsTotal());
    }

    static StageState waiting(StageState s) {
        return new StageState(s.name(), s.type(), StageStatus.WAITING, s.attempts(), s.startedAt(), null,
                s.result(), s.error(), s.itemsDone(), s.itemsTotal());
    }

    /** A batch chunk is done: progress, and the running tally as the result while the stage runs. */
    static StageState progressed(StageState s, int itemsDone, int itemsTotal, Object result) {
        return new StageState(s.name(), s.type(), s.status(), s.attempts(), s.startedAt(), s.finishedAt(),
                result, s.error(), itemsDone, itemsTotal);
    }

    /** Ends a stage that will not run (on): a stage that had started gets {@code finishedAt}. */
    static StageState ended(StageState s, StageStatus status, Instant now) {
        Instant finishedAt = s.startedAt() == null ? null : now;
        return new StageState(s.name(), s.type(), status, s.attempts(), s.startedAt(), finishedAt, s.result(),
                s.error(), s.itemsDone(), s.itemsTotal());
    }
}
