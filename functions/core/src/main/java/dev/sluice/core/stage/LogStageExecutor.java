package dev.sluice.core.stage;

import dev.sluice.core.log.LogLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code log}: renders a message template and records it, with its level, as the stage's summary,
 * and writes it to the run's log at its level. The rendered message is cut at
 * {@value #MAX_RENDERED} characters so that the summary stays small.
 */
public final class LogStageExecutor implements StageExecutor {

    public static final String TYPE = "log";
    public static final int MAX_RENDERED = 4096;

    private static final ParamSchema SCHEMA = ParamSchema.of(
            ParamSpec.of("message", ParamType.STRING, "The text to log; placeholders such as ${input.x} are rendered.")
                    .asRequired().withMaxLength(MAX_RENDERED),
            ParamSpec.oneOf("level", "Severity of the log line.", "info", "warn", "error").withDefault("info"));

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
        Map<String, Object> params = SCHEMA.withDefaults(invocation.params());
        String message;
        try {
            message = Templates.renderText((String) params.get("message"), StageData.of(invocation));
        } catch (TemplateException e) {
            return StageFailures.template(e);
        }
        String kept = message.length() > MAX_RENDERED ? message.substring(0, MAX_RENDERED) : message;
        invocation.log().log(LogLevel.of((String) params.get("level")), kept);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("level", params.get("level"));
        summary.put("message", kept);
        return new StageResult.Passed(summary, Map.of());
    }
}
