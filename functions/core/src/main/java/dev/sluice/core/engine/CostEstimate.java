package dev.sluice.core.engine;

import dev.sluice.core.stage.StageDefinition;
import java.util.List;

/**
 * What a run is expected to cost, and what the tenant's balance must cover before it may start.
 * The estimate is the sum of every stage's credits, each counted once: stages are charged once when
 * they pass, so a {@code for_each} stage counts once per pass however many items it processes, and a
 * stage that a condition may skip counts anyway. {@code required} is {@code ceil(1.2 × estimated)}.
 *
 * @param estimated credits of a run that passes every stage
 * @param required  the balance a start needs: the estimate plus a 20 % margin, rounded up
 */
public record CostEstimate(long estimated, long required) {

    public CostEstimate {
        if (estimated < 0 || required < estimated) {
            throw new IllegalArgumentException("estimated must be >= 0 and required >= estimated");
        }
    }

    /** The estimate of a resolved plan (see {@link PlanResolver}); a stage without credits counts 0. */
    public static CostEstimate of(List<StageDefinition> plan) {
        long sum = 0;
        for (StageDefinition stage : plan) {
            sum = Math.addExact(sum, stage.credits() == null ? 0 : stage.credits());
        }
        return ofEstimate(sum);
    }

    /** {@code required = ceil(1.2 × estimated)}, in exact integer arithmetic. */
    public static CostEstimate ofEstimate(long estimated) {
        return new CostEstimate(estimated, Math.ceilDiv(Math.multiplyExact(estimated, 6L), 5L));
    }

    /** Whether a balance covers {@link #required}. */
    public boolean coveredBy(long balance) {
        return balance >= required;
    }
}
