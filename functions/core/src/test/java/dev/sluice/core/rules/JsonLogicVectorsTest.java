package dev.sluice.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every vector generated from json-logic-js (see generate-vectors.js beside the vector file)
 * through {@link Rules#evaluate} and through a reused {@link CompiledRule}.
 */
class JsonLogicVectorsTest {

    private static final String RESOURCE = "/rules/jsonlogic-vectors.jsonl";
    private static final Logger RULES_LOG = Logger.getLogger("dev.sluice.core.rules");
    private static Level previousLevel;

    @BeforeAll
    static void quietLogOperator() {
        previousLevel = RULES_LOG.getLevel();
        RULES_LOG.setLevel(Level.WARNING);
    }

    @AfterAll
    static void restoreLogLevel() {
        RULES_LOG.setLevel(previousLevel);
    }

    static Stream<Vector> vectors() throws IOException {
        return load().stream();
    }

    @Test
    void vector_file_is_large_and_covers_failures() throws IOException {
        List<Vector> all = load();
        assertThat(all).hasSizeGreaterThan(300);
        assertThat(all).filteredOn(Vector::throwsExpected).isNotEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void rules_evaluate_matches_reference(Vector vector) {
        if (vector.throwsExpected()) {
            assertThatThrownBy(() -> Rules.evaluate(vector.rule(), vector.data()))
                    .isInstanceOf(RuleException.class);
        } else {
            assertMatches(vector, Rules.evaluate(vector.rule(), vector.data()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void compiled_rule_matches_reference_on_every_evaluation(Vector vector) {
        if (vector.throwsExpected()) {
            assertThatThrownBy(() -> Rules.compile(vector.rule()).evaluate(vector.data()))
                    .isInstanceOf(RuleException.class);
            return;
        }
        CompiledRule compiled = Rules.compile(vector.rule());
        assertMatches(vector, compiled.evaluate(vector.data()));
        assertMatches(vector, compiled.evaluate(vector.data()));
    }

    private static void assertMatches(Vector vector, Object actual) {
        assertThat(normalize(actual))
                .as("%s => %s", vector, normalize(actual))
                .isEqualTo(normalize(vector.expected()));
    }

    /**
     * Makes values comparable with equals(): every number becomes a Double, so 1 (Long) equals
     * 1.0 (Double), NaN equals NaN and -0.0 differs from 0.0 (Double.equals semantics).
     */
    private static Object normalize(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(normalize(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put(key, normalize(item)));
            return out;
        }
        return value;
    }

    /** Replaces the generator's {"$js": ...} markers with their Java values. */
    private static Object decodeMarkers(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get("$js") instanceof String marker) {
                return switch (marker) {
                    case "undefined" -> null;
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    case "-0" -> -0.0;
                    default -> throw new IllegalStateException("Unknown marker " + marker);
                };
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put((String) key, decodeMarkers(item)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(decodeMarkers(item)));
            return out;
        }
        return value;
    }

    private static List<Vector> load() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = JsonLogicVectorsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("vector file %s", RESOURCE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> entry = (Map<String, Object>) Json.parse(line);
                vectors.add(new Vector(number, (String) entry.get("group"), entry.get("rule"), entry.get("data"),
                        decodeMarkers(entry.get("expected")), Boolean.TRUE.equals(entry.get("throws"))));
            }
        }
        return vectors;
    }

    /** One reference case; {@code line} is its line number in the vector file. */
    record Vector(int line, String group, Object rule, Object data, Object expected, boolean throwsExpected) {
        @Override
        public String toString() {
            return "line " + line + " " + group + ": " + Json.write(rule) + " data=" + Json.write(data);
        }
    }
}
