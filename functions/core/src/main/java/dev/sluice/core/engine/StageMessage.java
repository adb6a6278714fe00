package dev.sluice.core.engine;

import java.util.Objects;

/** The body of a stage-queue message: execute this attempt of this stage of this run. */
public record StageMessage(String teamId, String runId, int stage, int attempt) {

    public StageMessage {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(runId, "runId");
        if (stage < 0 || attempt < 1) {
            throw new IllegalArgumentException("stage must be >= 0 and attempt >= 1");
        }
    }
}
