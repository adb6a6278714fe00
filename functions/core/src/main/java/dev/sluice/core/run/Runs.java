package dev.sluice.core.run;

import dev.sluice.core.stage.StageDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Creates runs. */
public final class Runs {

    private Runs() {
    }

    /**
     * A new run: {@link RunStatus#QUEUED}, every stage pending, version 1, nothing used yet. The returned
     * decision is applied like any other, except that {@code next} is written with a put-if-absent (together
     * with the automation's lock) instead of a version check; its one effect sends stage 0, attempt 1.
     *
     * @param trigger {@code manual}, {@code schedule}, {@code webhook}, {@code event} or {@code api}
     * @param stages  the stages of {@code automationVersion}; at least one
     */
    public static Decision create(String id, String teamId, String automationId, long automationVersion,
                                  String trigger, Map<String, Object> input, List<StageDefinition> stages,
                                  long creditsEstimated, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(automationId, "automationId");
        Objects.requireNonNull(now, "now");
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one stage");
        }
        List<StageState> states = stages.stream().map(s -> StageState.pending(s.name(), s.type())).toList();
        Run run = new Run(id, teamId, automationId, automationVersion, RunStatus.QUEUED, trigger, input, Map.of(),
                states, 0, 1, false, false, creditsEstimated, 0, now, null, null, null, null, null, null, null);
        return Decision.apply(run, Effect.ScheduleStage.now(0, 1));
    }

    /**
     * A run that a maintenance window held back: terminal {@code skipped} at once, every stage skipped,
     * {@code error} naming the window. Recorded for the history, never queued.
     */
    public static Run skipped(String id, String teamId, String automationId, long automationVersion, String trigger,
                              Map<String, Object> input, List<StageDefinition> stages, String reason, Instant now) {
        List<StageState> states = stages.stream().map(s -> new StageState(s.name(), s.type(), StageStatus.SKIPPED, 0,
                null, now, null, null, 0, 0)).toList();
        return new Run(id, teamId, automationId, automationVersion, RunStatus.SKIPPED, trigger, input, Map.of(),
                states, stages.size(), 1, false, false, 0, 0, now, null, now, null, null, null, null, reason);
    }
}
