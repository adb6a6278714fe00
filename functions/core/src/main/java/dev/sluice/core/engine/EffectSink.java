package dev.sluice.core.engine;

import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.PendingLine;
import dev.sluice.core.log.RunLog;
import dev.sluice.core.run.Effect;
import dev.sluice.core.run.Run;
import java.time.Clock;
import java.util.List;

/**
 * Carries out the effects that go through ports after a decision: stage messages to the queue and lines
 * to the run log. {@link Effect.ChargeCredits} and {@link Effect.ReleaseLock} were already carried out by
 * {@link RunStore#apply} in the same write as the run; {@link Effect.ExecuteStage} is the delivery's job.
 */
final class EffectSink {

    private final StageQueue queue;
    private final RunLog log;
    private final Clock clock;

    EffectSink(StageQueue queue, RunLog log, Clock clock) {
        this.queue = queue;
        this.log = log;
        this.clock = clock;
    }

    /** Logs and sends every message of {@code effects}, in order (no inline chaining). */
    void carryOut(Run run, List<Effect> effects, String stageName, int attempt) {
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.Log line -> log(run, stageName, attempt, line);
                case Effect.ScheduleStage message -> send(run, message);
                case Effect.ExecuteStage execute -> throw new IllegalStateException(
                        "only a delivery executes stages, not " + execute);
                case Effect.ChargeCredits charge -> { }
                case Effect.ReleaseLock release -> { }
            }
        }
    }

    void log(Run run, String stageName, int attempt, Effect.Log line) {
        log.append(run.teamId(), run.id(), new PendingLine(clock.instant(), stageName, stageName == null ? 0 : attempt,
                LogLevel.of(line.level()), line.message()));
    }

    /** Stores the run's buffered log lines; a terminal run's log is closed. */
    void flush(Run run) {
        log.flush(run.teamId(), run.id(), run.isTerminal());
    }

    void send(Run run, Effect.ScheduleStage message) {
        queue.send(messageOf(run, message), message.delay());
    }

    static StageMessage messageOf(Run run, Effect.ScheduleStage message) {
        return new StageMessage(run.teamId(), run.id(), message.stageIndex(), message.attempt());
    }
}
