package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code transform}: sets run context variables to the results of JSONLogic expressions evaluated
 * over {@link StageData} ({@code input}, {@code context}, {@code item}, {@code run}). Every
 * expression sees the context as it was before the stage; the new values are the stage's summary
 * and its context updates.
 */
public final class TransformStageExecutor implements StageExecutor {

    public static final String TYPE = "transform";

    private static final ParamSchema SCHEMA = ParamSchema.of(
            ParamSpec.of("set", ParamType.OBJECT, "Context variables to set: name → JSONLogic expression.")
                    .asRequired()
                    .withCheck(TransformStageExecutor::checkAssignments));

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
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Map<String, Object> data = StageData.of(invocation);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) invocation.params().get("set")).entrySet()) {
            String name = String.valueOf(entry.getKey());
            try {
                values.put(name, Rules.evaluate(entry.getValue(), data));
            } catch (RuleException e) {
                return new StageResult.Failed("set." + name + ": " + e.getMessage(), false);
            }
        }
        return new StageResult.Passed(values, values);
    }

    private static List<FieldError> checkAssignments(String path, Object value) {
        Map<?, ?> set = (Map<?, ?>) value;
        if (set.isEmpty()) {
            return List.of(new FieldError(path, "must set at least one variable"));
        }
        List<FieldError> errors = new ArrayList<>(VariableNames.keysCheck().check(path, set));
        set.forEach((name, expression) ->
                errors.addAll(ParamType.JSONLOGIC.check(path + "." + name, expression)));
        return errors;
    }
}
