package dev.sluice.core.run;

/**
 * The requests the API makes of a run, and how each one meets a run in each status. The API may use
 * {@link #reactionTo} to tell which actions a run offers; the decider uses it to decide.
 */
public enum ControlRequest {
    PAUSE, RESUME, CANCEL;

    /** What a request does to a run in a given status. */
    public enum Reaction {
        /** Not applicable now: the API answers 409 with {@link #rejection}. */
        REJECT,
        /** Stored on the run and honoured at its next checkpoint. */
        RECORD,
        /** Takes effect in this decision. */
        AT_ONCE
    }

    public Reaction reactionTo(RunStatus status) {
        return switch (this) {
            case PAUSE -> switch (status) {
                case QUEUED, RUNNING -> Reaction.RECORD;
                case WAITING -> Reaction.AT_ONCE;
                case PAUSED, SUCCEEDED, FAILED, CANCELLED, SKIPPED -> Reaction.REJECT;
            };
            case RESUME -> status == RunStatus.PAUSED ? Reaction.AT_ONCE : Reaction.REJECT;
            case CANCEL -> switch (status) {
                case RUNNING -> Reaction.RECORD;
                case QUEUED, WAITING, PAUSED -> Reaction.AT_ONCE;
                case SUCCEEDED, FAILED, CANCELLED, SKIPPED -> Reaction.REJECT;
            };
        };
    }

    /** The 409 detail when {@link #reactionTo} is {@link Reaction#REJECT}. */
    public String rejection(RunStatus status) {
        String is = "run is " + status.wireName();
        return switch (this) {
            case PAUSE -> is + "; only a queued, running or waiting run can be paused";
            case RESUME -> is + "; only a paused run can be resumed";
            case CANCEL -> is + " and cannot be cancelled";
        };
    }
}
