package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code wait}: pauses the run for exactly one of {@code seconds} (a whole number), {@code minutes},
 * {@code hours} or {@code days}; at least one second and at most 365 days in total. The run is
 * resumed by a delayed message, so no function waits.
 */
public final class WaitStageExecutor implements StageExecutor {

    public static final String TYPE = "wait";
    public static final Duration MIN = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofDays(365);

    private static final Map<String, Duration> UNITS = Map.of(
            "seconds", Duration.ofSeconds(1), "minutes", Duration.ofMinutes(1),
            "hours", Duration.ofHours(1), "days", Duration.ofDays(1));

    private static final ParamSchema SCHEMA = ParamSchema.of(
                    unit("seconds", ParamType.INTEGER), unit("minutes", ParamType.NUMBER),
                    unit("hours", ParamType.NUMBER), unit("days", ParamType.NUMBER))
            .withCheck(WaitStageExecutor::checkTotal);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public StageSchema schema() {
        return SCHEMA;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public long defaultCredits() {
        return 0;
    }

    @Override
    public StageResult execute(StageInvocation invocation) {
        Optional<StageResult.Failed> invalid = StageFailures.invalidParams(SCHEMA, invocation.params());
        return invalid.isPresent() ? invalid.get() : new StageResult.Wait(duration(invocation.params()));
    }

    private static ParamSpec unit(String name, ParamType type) {
        return ParamSpec.of(name, type, "How many " + name + " to wait (positive; give exactly one unit).")
                .withCheck((path, value) -> ((Number) value).doubleValue() > 0
                        ? List.of() : List.of(new FieldError(path, "must be greater than 0")));
    }

    /** The wait of params that hold exactly one valid unit. */
    private static Duration duration(Map<?, ?> params) {
        for (Map.Entry<String, Duration> unit : UNITS.entrySet()) {
            if (params.get(unit.getKey()) instanceof Number amount) {
                double millis = amount.doubleValue() * unit.getValue().toMillis();
                return Duration.ofMillis(Math.round(Math.min(millis, (double) Long.MAX_VALUE)));
            }
        }
        throw new IllegalStateException("no wait unit in validated params");
    }

    private static List<FieldError> checkTotal(String path, Object value) {
        Map<?, ?> params = (Map<?, ?>) value;
        long given = UNITS.keySet().stream().filter(unit -> params.get(unit) != null).count();
        if (given != 1) {
            return List.of(new FieldError(path, "exactly one of seconds, minutes, hours, days is required"));
        }
        Duration total = duration(params);
        if (total.compareTo(MIN) < 0) {
            return List.of(new FieldError(path, "the wait must be at least 1 second"));
        }
        if (total.compareTo(MAX) > 0) {
            return List.of(new FieldError(path, "the wait must be at most 365 days"));
        }
        return List.of();
    }
}
