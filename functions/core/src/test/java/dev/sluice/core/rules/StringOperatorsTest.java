package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringOperatorsTest {

    @Test
    void cat_formats_numbers_like_javascript() {
        Object rule = Map.of("cat", List.of(1.0, "|", 1.5, "|", 7L, "|", 1e21, "|", 1e-7, "|", 0.1));

        assertThat(Rules.evaluate(rule, null)).isEqualTo("1|1.5|7|1e+21|1e-7|0.1");
    }

    @Test
    void cat_writes_null_as_empty_and_booleans_and_arrays_as_javascript_strings() {
        assertThat(run("{\"cat\": [null, true, \"-\", [1, [2, null]], \"-\", {}]}")).isEqualTo("true-1,2,-[object Object]");
    }

    @ParameterizedTest(name = "substr({0}) = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "4         | logic",
        "-5        | logic",
        "1, 3      | son",
        "4, -2     | log",
        "-5, -2    | log",
        "0, 0      | ''",
        "20        | ''",
        "-20, 4    | json",
        "2, -20    | ''",
    })
    void substr_supports_negative_start_and_length(String args, String expected) {
        assertThat(run("{\"substr\": [\"jsonlogic\", " + args + "]}")).isEqualTo(expected);
    }

    @Test
    void in_tests_substrings_and_array_membership() {
        assertThat(run("{\"in\": [\"Spring\", \"Springfield\"]}")).isEqualTo(true);
        assertThat(run("{\"in\": [\"b\", [\"a\", \"b\"]]}")).isEqualTo(true);
        assertThat(run("{\"in\": [\"1\", [1, 2]]}")).isEqualTo(false);
        assertThat(run("{\"in\": [1, \"x1\"]}")).isEqualTo(true);
        assertThat(run("{\"in\": [\"a\", null]}")).isEqualTo(false);
    }

    @Test
    void log_returns_its_argument_and_writes_it_to_java_util_logging() {
        Logger logger = Logger.getLogger("dev.sluice.core.rules");
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean useParent = logger.getUseParentHandlers();
        Level level = logger.getLevel();
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.INFO);
        try {
            assertThat(run("{\"log\": {\"var\": \"a\"}}", "{\"a\": [1, \"x\"]}")).isEqualTo(List.of(1L, "x"));
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(useParent);
            logger.setLevel(level);
        }

        assertThat(records).singleElement().satisfies(logged -> {
            assertThat(logged.getLevel()).isEqualTo(Level.INFO);
            assertThat(logged.getMessage()).isEqualTo("[1,\"x\"]");
        });
    }
}
