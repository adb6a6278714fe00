package dev.sluice.aws.engine;

import dev.sluice.core.engine.RunLog;
import dev.sluice.core.run.Effect;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first {@link RunLog}: each line goes to the function's log (CloudWatch on AWS), prefixed with its
 * tenant, run, stage and attempt so it can be found by run. The S3 log chunks of the logs issue replace it.
 */
@Singleton
public class LoggingRunLog implements RunLog {

    private static final Logger LOG = LoggerFactory.getLogger("sluice.run");

    @Override
    public void append(String teamId, String runId, String stage, int attempt, Effect.Log line) {
        String text = "[" + teamId + "/" + runId + (stage == null ? "" : " " + stage + "#" + attempt) + "] "
                + line.message();
        switch (line.level()) {
            case "error" -> LOG.error(text);
            case "warn" -> LOG.warn(text);
            default -> LOG.info(text);
        }
    }
}
