package dev.sluice.core.engine;

import dev.sluice.core.run.Effect;

/** Where a run's human log lines go (port). The S3 log chunks of the logs issue replace the first adapter. */
public interface RunLog {

    void append(String teamId, String runId, String stage, int attempt, Effect.Log line);
}
