package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.failed;
import static dev.sluice.core.stage.TestInvocation.map;
import static dev.sluice.core.stage.TestInvocation.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogStageExecutorTest {

    private final LogStageExecutor log = new LogStageExecutor();

    @Test
    void log_renders_its_message_at_info_by_default() {
        StageResult result = log.execute(TestInvocation.params("{\"message\": \"order ${input.id} total ${context.total}\"}")
                .input("{\"id\": 7}").context("{\"total\": {\"eur\": 3}}").build());

        assertThat(passed(result).summary()).isEqualTo(Map.of("level", "info", "message", "order 7 total {\"eur\":3}"));
    }

    @Test
    void log_message_that_is_one_placeholder_is_still_text() {
        StageResult result = log.execute(TestInvocation.params("{\"message\": \"${input.n}\", \"level\": \"warn\"}")
                .input("{\"n\": 2.0}").build());

        assertThat(passed(result).summary()).isEqualTo(Map.of("level", "warn", "message", "2"));
    }

    @Test
    void log_with_unresolved_placeholder_fails_without_retry() {
        StageResult.Failed failed = failed(log.execute(TestInvocation.params("{\"message\": \"hi ${context.who}\"}").build()));

        assertThat(failed).isEqualTo(new StageResult.Failed("unresolved placeholder ${context.who}", false));
    }

    @Test
    void log_rendered_message_is_cut_to_keep_the_summary_small() {
        StageResult result = log.execute(TestInvocation.params("{\"message\": \"${input.big} ${input.big}\"}")
                .input("{\"big\": \"" + "x".repeat(3000) + "\"}").build());

        assertThat((String) ((Map<?, ?>) passed(result).summary()).get("message")).hasSize(LogStageExecutor.MAX_RENDERED);
    }

    @Test
    void log_schema_checks_message_and_level() {
        assertThat(log.schema().validate("p", map("{\"level\": \"debug\"}"))).containsExactly(
                new FieldError("p.message", "is required"),
                new FieldError("p.level", "must be one of info, warn, error"));
    }
}
