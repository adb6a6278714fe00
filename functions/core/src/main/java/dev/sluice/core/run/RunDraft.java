package dev.sluice.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A working copy of a {@link Run} inside one decision. Rules change the draft, then {@link #build()}
 * turns it into the next run with {@code version + 1}; identity and creation fields never change.
 */
final class RunDraft {

    private final Run base;
    private final List<StageState> stages;
    private RunStatus status;
    private Map<String, Object> context;
    private int currentStage;
    private boolean pauseRequested;
    private boolean cancelRequested;
    private long creditsUsed;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant wakeAt;
    private String leaseOwner;
    private Instant leaseUntil;
    private Object output;
    private String error;

    RunDraft(Run run) {
        this.base = run;
        this.stages = new ArrayList<>(run.stages());
        this.status = run.status();
        this.context = run.context();
        this.currentStage = run.currentStage();
        this.pauseRequested = run.pauseRequested();
        this.cancelRequested = run.cancelRequested();
        this.creditsUsed = run.creditsUsed();
        this.startedAt = run.startedAt();
        this.finishedAt = run.finishedAt();
        this.wakeAt = run.wakeAt();
        this.leaseOwner = run.leaseOwner();
        this.leaseUntil = run.leaseUntil();
        this.output = run.output();
        this.error = run.error();
    }

    Run build() {
        return new Run(base.id(), base.teamId(), base.automationId(), base.automationVersion(), status,
                base.trigger(), base.input(), context, stages, currentStage, base.version() + 1, pauseRequested,
                cancelRequested, base.creditsEstimated(), creditsUsed, base.createdAt(), startedAt, finishedAt,
                wakeAt, leaseOwner, leaseUntil, output, error);
    }

    StageState stage(int index) {
        return stages.get(index);
    }

    void stage(int index, StageState state) {
        stages.set(index, state);
    }

    int stageCount() {
        return stages.size();
    }

    /** Every stage still pending becomes {@code status} (skipped or cancelled). */
    void endPendingStages(StageStatus status, Instant now) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).status() == StageStatus.PENDING) {
                stages.set(i, StageStates.ended(stages.get(i), status, now));
            }
        }
    }

    RunStatus status() {
        return status;
    }

    void status(RunStatus next) {
        this.status = next;
    }

    /** Running: the first start is remembered. */
    void markStarted(Instant now) {
        this.status = RunStatus.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** Terminal: finished now, nothing to wake up for, nobody holds the run. */
    void finish(RunStatus terminal, String finalError, Instant now) {
        this.status = terminal;
        this.error = finalError;
        this.finishedAt = now;
        this.wakeAt = null;
        this.pauseRequested = false;
        releaseLease();
    }

    Instant startedAt() {
        return startedAt;
    }

    Map<String, Object> context() {
        return context;
    }

    /** A new context: the old one with {@code updates} laid over it (null values allowed, as in JSON). */
    void mergeContext(Map<String, Object> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Map<String, Object> merged = new LinkedHashMap<>(context);
        merged.putAll(updates);
        this.context = Collections.unmodifiableMap(merged);
    }

    int currentStage() {
        return currentStage;
    }

    void currentStage(int index) {
        this.currentStage = index;
    }

    boolean pauseRequested() {
        return pauseRequested;
    }

    void pauseRequested(boolean requested) {
        this.pauseRequested = requested;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void cancelRequested(boolean requested) {
        this.cancelRequested = requested;
    }

    void addCredits(long credits) {
        this.creditsUsed += credits;
    }

    void wakeAt(Instant at) {
        this.wakeAt = at;
    }

    void lease(String owner, Instant until) {
        this.leaseOwner = owner;
        this.leaseUntil = until;
    }

    void releaseLease() {
        lease(null, null);
    }

    void output(Object value) {
        this.output = value;
    }
}
