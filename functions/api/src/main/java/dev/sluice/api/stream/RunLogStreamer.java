package dev.sluice.api.stream;

import dev.sluice.api.run.RunService;
import dev.sluice.core.auth.TeamId;
import dev.sluice.aws.engine.EngineFactory;
import dev.sluice.core.error.ServiceUnavailableException;
import dev.sluice.core.log.RunLogStore;
import dev.sluice.core.run.Run;
import dev.sluice.core.stream.RunLogLongPoll;
import dev.sluice.core.stream.RunSnapshot;
import dev.sluice.core.stream.Sleeper;
import dev.sluice.core.stream.StreamSettings;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Writes one long-poll response of a run's log stream through {@link RunLogLongPoll}. The wait comes
 * from {@code sluice.logs.stream-wait-seconds} (env {@code SLUICE_LOGS_STREAM_WAIT_SECONDS}, default 20,
 * at most 25 so that API Gateway's 30 s cut never hits) and the poll interval from
 * {@code sluice.logs.stream-poll-millis} (default 500).
 */
@Singleton
public class RunLogStreamer {

    static final long MAX_WAIT_SECONDS = 25;

    private final RunService runs;
    private final BeanProvider<RunLogStore> logs;
    private final Clock clock;
    private final StreamSettings settings;

    /** The log store is looked up per request, so a function without one still starts (and streams answer 503). */
    public RunLogStreamer(RunService runs, BeanProvider<RunLogStore> logs, Clock clock, Environment environment) {
        this.runs = runs;
        this.logs = logs;
        this.clock = clock;
        this.settings = settings(environment);
    }

    /** The body of one response for {@code run} (already loaded, tenant-checked), resuming after {@code afterSeq}. */
    public String respond(TeamId team, Run run, long afterSeq) {
        if (!logs.isPresent()) {
            throw new ServiceUnavailableException("Run logs are not configured on this deployment");
        }
        RunLogLongPoll poll = new RunLogLongPoll(logs.get(), clock, Sleeper.threadSleep(), settings);
        return poll.respond(team.value(), run.id(), afterSeq, snapshots(team, run));
    }

    /** The run as loaded first, then re-read from the store on every later poll. */
    private Supplier<RunSnapshot> snapshots(TeamId team, Run loaded) {
        return new Supplier<>() {
            private boolean first = true;

            @Override
            public RunSnapshot get() {
                if (first) {
                    first = false;
                    return RunSnapshot.of(loaded);
                }
                return RunSnapshot.of(runs.get(team, loaded.id()));
            }
        };
    }

    /** {@code sluice.logs.stream-wait-seconds} (0..25) and {@code sluice.logs.stream-poll-millis} (50..5000). */
    static StreamSettings settings(Environment environment) {
        long waitSeconds = Math.clamp(EngineFactory.number(environment, "sluice.logs", "stream-wait-seconds",
                StreamSettings.DEFAULT_WAIT.toSeconds()), 0, MAX_WAIT_SECONDS);
        long pollMillis = Math.clamp(EngineFactory.number(environment, "sluice.logs", "stream-poll-millis",
                StreamSettings.DEFAULT_POLL.toMillis()), 50, 5000);
        return StreamSettings.defaults().withWait(Duration.ofSeconds(waitSeconds), Duration.ofMillis(pollMillis));
    }
}
