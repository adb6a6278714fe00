package dev.sluice.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One execution of an automation. Immutable: every transition produces a new {@code Run} with
 * {@code version + 1}, and stores write it only if the stored version is still {@code version}.
 *
 * @param automationVersion the automation version whose stages this run executes
 * @param trigger           {@code manual}, {@code schedule}, {@code webhook}, {@code event} or {@code api}
 * @param currentStage      index into {@code stages} of the stage in progress or next to start; equals
 *                          {@code stages.size()} once every stage is done
 * @param pauseRequested    honoured at the next checkpoint (before a stage, between batch items)
 * @param cancelRequested   honoured at the next checkpoint; a waiting or paused run cancels at once
 * @param wakeAt            when a waiting run (wait stage, retry backoff, batch delay) is due again
 * @param leaseOwner        the worker invocation executing the run now, or null
 * @param leaseUntil        when that lease expires and the reaper may re-drive the run
 */
public record Run(String id, String teamId, String automationId, long automationVersion, RunStatus status,
                  String trigger, Map<String, Object> input, Map<String, Object> context, List<StageState> stages,
                  int currentStage, long version, boolean pauseRequested, boolean cancelRequested,
                  long creditsEstimated, long creditsUsed, Instant createdAt, Instant startedAt, Instant finishedAt,
                  Instant wakeAt, String leaseOwner, Instant leaseUntil, Object output, String error) {

    public Run {
        input = input == null ? Map.of() : input;
        context = context == null ? Map.of() : context;
        stages = List.copyOf(stages);
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    public StageState current() {
        return currentStage < stages.size() ? stages.get(currentStage) : null;
    }
}
