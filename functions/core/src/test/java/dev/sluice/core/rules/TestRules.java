package dev.sluice.core.rules;

/** Shorthand for tests: rules and data written as JSON text. */
final class TestRules {

    private TestRules() {
    }

    static Object run(String rule) {
        return run(rule, "null");
    }

    static Object run(String rule, String data) {
        return Rules.evaluate(Json.parse(rule), Json.parse(data));
    }

    static CompiledRule compile(String rule) {
        return Rules.compile(Json.parse(rule));
    }

    static Object json(String text) {
        return Json.parse(text);
    }
}
