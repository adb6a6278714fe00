package dev.sluice.core.stream;

import dev.sluice.core.run.Run;
import dev.sluice.core.run.RunStatus;
import java.time.Instant;
import java.util.Objects;

/** What a log stream needs to know about its run: its status and when it finished (null while active). */
public record RunSnapshot(RunStatus status, Instant finishedAt) {

    public RunSnapshot {
        Objects.requireNonNull(status, "status");
    }

    public static RunSnapshot of(Run run) {
        return new RunSnapshot(run.status(), run.finishedAt());
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }
}
