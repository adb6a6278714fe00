package dev.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.stage.StageDefinition;
import dev.sluice.core.stage.StageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Drives one run through the {@link Decider} signal by signal, with a clock the test moves. Every applied
 * decision is checked to raise the version by exactly one; other outcomes leave the run as it was.
 */
final class Flow {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** {@code nextDouble()} is always 0: retry delays without jitter. */
    static final RandomGenerator NO_JITTER = () -> 0L;
    static final String WORKER = "worker-1";
    static final Duration LEASE = Duration.ofMinutes(5);

    private Decider decider = new Decider();
    private final List<StageDefinition> definitions;
    private final List<Decision> decisions = new ArrayList<>();
    private RandomGenerator random = NO_JITTER;
    private Run run;
    private Instant now = T0;

    private Flow(List<StageDefinition> definitions) {
        this.definitions = definitions;
        Decision created = Runs.create("run_1", "team_1", "auto_1", 3, "manual", Map.of("site", "a"), definitions,
                10, T0);
        decisions.add(created);
        this.run = created.next();
    }

    static Flow of(StageDefinition... definitions) {
        return new Flow(List.of(definitions));
    }

    Run run() {
        return run;
    }

    StageState stage(int index) {
        return run.stages().get(index);
    }

    Instant now() {
        return now;
    }

    Flow after(Duration elapsed) {
        now = now.plus(elapsed);
        return this;
    }

    Flow afterSeconds(long seconds) {
        return after(Duration.ofSeconds(seconds));
    }

    /** The reaper graces of the decider (tests of configurable graces). */
    Flow graces(ReaperGraces graces) {
        this.decider = new Decider(graces);
        return this;
    }

    Flow random(RandomGenerator generator) {
        this.random = generator;
        return this;
    }

    Decision send(RunSignal signal) {
        Run before = run;
        Decision decision = decider.decide(before, definitions, signal, now, random);
        decisions.add(decision);
        if (decision.next() != null) {
            assertThat(decision.next().version()).isEqualTo(before.version() + 1);
            run = decision.next();
        }
        return decision;
    }

    Decision deliver(int stage, int attempt) {
        return send(new RunSignal.Deliver(stage, attempt, WORKER, now.plus(LEASE)));
    }

    Decision complete(int stage, int attempt, StageResult result) {
        return complete(stage, attempt, result, 0);
    }

    Decision complete(int stage, int attempt, StageResult result, long credits) {
        return send(new RunSignal.Completed(stage, attempt, result, credits));
    }

    /** Delivers the stage's next attempt and reports it passed with these context updates. */
    Decision pass(int stage, Map<String, Object> updates, long credits) {
        int attempt = stage(stage).attempts() + 1;
        assertThat(deliver(stage, attempt).outcome()).isEqualTo(Decision.Outcome.APPLIED);
        return complete(stage, attempt, new StageResult.Passed("ok", updates), credits);
    }

    Decision pass(int stage) {
        return pass(stage, Map.of(), 0);
    }

    Decision fail(int stage, int attempt, String error, boolean retriable) {
        return complete(stage, attempt, new StageResult.Failed(error, retriable));
    }

    /** Every effect of every decision so far, creation included. */
    List<Effect> allEffects() {
        return decisions.stream().flatMap(d -> d.effects().stream()).toList();
    }

    static <T extends Effect> List<T> effects(Decision decision, Class<T> type) {
        return decision.effects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> logLines(Decision decision) {
        return effects(decision, Effect.Log.class).stream().map(l -> l.level() + ": " + l.message()).toList();
    }
}
