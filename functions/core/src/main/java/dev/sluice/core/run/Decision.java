package dev.sluice.core.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link Decider} made of a signal. Exactly one of four {@link Outcome}s:
 * <ul>
 *   <li>{@link #apply applied}: {@code next} is the new run ({@code version + 1}); the caller writes it with
 *       a conditional write on the old version, then carries out {@code effects} in order;</li>
 *   <li>{@link #reschedule rescheduled}: no state change ({@code next == null}), but the message must be sent
 *       again ({@link Effect.ScheduleStage}, optionally with {@link Effect.Log} lines): a chained long wait
 *       or a wake-up the reaper found lost. Nothing is written, so the run's version is unchanged;</li>
 *   <li>{@link #ignore ignored}: stale or duplicate; nothing changes and the worker drops the message;</li>
 *   <li>{@link #reject rejected}: the request does not apply to the run now; the API answers 409 with
 *       {@code rejection}.</li>
 * </ul>
 */
public record Decision(Run next, List<Effect> effects, String rejection) {

    private static final Decision IGNORED = new Decision(null, List.of(), null);

    /** The four kinds of decision, each with what it asks of the caller. */
    public enum Outcome {
        APPLIED, RESCHEDULED, IGNORED, REJECTED;

        /** Whether the caller writes {@code next} (conditionally on the previous version). */
        public boolean writesRun() {
            return this == APPLIED;
        }

        /** Whether the caller has effects to carry out. */
        public boolean hasEffects() {
            return this == APPLIED || this == RESCHEDULED;
        }
    }

    public Decision {
        effects = List.copyOf(effects);
        if (rejection != null && (next != null || !effects.isEmpty())) {
            throw new IllegalArgumentException("a rejection changes nothing and has no effects");
        }
        if (next == null && rejection == null && !effects.isEmpty()) {
            boolean onlyMessagesAndLogs = effects.stream()
                    .allMatch(e -> e instanceof Effect.ScheduleStage || e instanceof Effect.Log);
            boolean sendsMessage = effects.stream().anyMatch(e -> e instanceof Effect.ScheduleStage);
            if (!onlyMessagesAndLogs || !sendsMessage) {
                throw new IllegalArgumentException("without a state change a decision may only reschedule (and log)");
            }
        }
    }

    /** The run moves to {@code next}; then these effects run in order. */
    public static Decision apply(Run next, Effect... effects) {
        return apply(next, Arrays.asList(effects));
    }

    /** The run moves to {@code next}; then these effects run in order. */
    public static Decision apply(Run next, List<Effect> effects) {
        return new Decision(Objects.requireNonNull(next, "next"), effects, null);
    }

    /** Send the stage message again, without a state change (and so without a version change). */
    public static Decision reschedule(Effect.ScheduleStage message, Effect.Log... notes) {
        List<Effect> effects = new ArrayList<>();
        effects.add(Objects.requireNonNull(message, "message"));
        effects.addAll(Arrays.asList(notes));
        return new Decision(null, effects, null);
    }

    /** Stale or duplicate: nothing changes and nothing is done. */
    public static Decision ignore() {
        return IGNORED;
    }

    /** The request does not apply now; {@code why} is the 409 detail. */
    public static Decision reject(String why) {
        return new Decision(null, List.of(), Objects.requireNonNull(why, "why"));
    }

    public Outcome outcome() {
        if (next != null) {
            return Outcome.APPLIED;
        }
        if (rejection != null) {
            return Outcome.REJECTED;
        }
        return effects.isEmpty() ? Outcome.IGNORED : Outcome.RESCHEDULED;
    }
}
