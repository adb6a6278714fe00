package dev.sluice.core.stage;

import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import java.util.Map;
import java.util.Optional;

/**
 * {@code condition}: evaluates the JSONLogic {@code if} over {@link StageData} and, by its
 * truthiness, takes the {@code then} or {@code else} action: continue, skip forward to a stage, or
 * end the run. Whether {@code skip_to} names a later stage is the automation validator's business.
 */
public final class ConditionStageExecutor implements StageExecutor {

    public static final String TYPE = "condition";

    private static final ParamSchema SCHEMA = ParamSchema.of(
            ParamSpec.of("if", ParamType.JSONLOGIC, "JSONLogic expression over input, context, item and run.")
                    .asRequired(),
            ParamSpec.of("then", ParamType.ANY, "Action when the expression is truthy: \"continue\", "
                    + "{\"skip_to\": \"<stage>\"} or {\"end\": \"succeeded|failed|cancelled\", \"reason\": \"...\"}.")
                    .withDefault("continue").withCheck(ConditionAction::check),
            ParamSpec.of("else", ParamType.ANY, "Action when the expression is falsy; same forms as then.")
                    .withDefault("continue").withCheck(ConditionAction::check));

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
        Map<String, Object> params = invocation.params();
        boolean matched;
        try {
            matched = Rules.truthy(Rules.evaluate(params.get("if"), StageData.of(invocation)));
        } catch (RuleException e) {
            return new StageResult.Failed("if: " + e.getMessage(), false);
        }
        Map<String, Object> summary = Map.of("matched", matched);
        return switch (ConditionAction.parse(params.get(matched ? "then" : "else"))) {
            case ConditionAction.Continue ignored -> new StageResult.Passed(summary, Map.of());
            case ConditionAction.SkipTo skip -> new StageResult.JumpTo(skip.stageName(), summary);
            case ConditionAction.End end -> new StageResult.EndRun(end.status(), end.reason() != null ? end.reason()
                    : "ended by condition stage " + invocation.stageName() + (matched ? " (then)" : " (else)"));
        };
    }
}
