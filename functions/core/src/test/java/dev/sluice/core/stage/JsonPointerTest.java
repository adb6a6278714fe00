package dev.sluice.core.stage;

import static dev.sluice.core.stage.TestInvocation.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

    private static final Map<String, Object> DOC = map(
            "{\"data\": {\"id\": 42, \"items\": [{\"n\": 1}, {\"n\": 2}], \"none\": null}, \"a/b\": 1, \"m~n\": 2, \"\": 3}");

    private static Optional<Object> at(String pointer) {
        return JsonPointer.resolve(DOC, pointer).map(JsonPointer.Found::value);
    }

    @Test
    void pointer_reaches_members_and_array_items() {
        assertThat(at("/data/id")).contains(42L);
        assertThat(at("/data/items/1/n")).contains(2L);
        assertThat(at("")).contains(DOC);
        assertThat(at("/")).contains(3L);
    }

    @Test
    void pointer_unescapes_slash_and_tilde() {
        assertThat(at("/a~1b")).contains(1L);
        assertThat(at("/m~0n")).contains(2L);
    }

    @Test
    void pointer_to_json_null_is_found() {
        assertThat(JsonPointer.resolve(DOC, "/data/none")).contains(new JsonPointer.Found(null));
    }

    @Test
    void pointer_that_does_not_resolve_is_empty() {
        assertThat(JsonPointer.resolve(DOC, "/data/missing")).isEmpty();
        assertThat(JsonPointer.resolve(DOC, "/data/items/2")).isEmpty();
        assertThat(JsonPointer.resolve(DOC, "/data/items/01")).isEmpty();
        assertThat(JsonPointer.resolve(DOC, "/data/items/-")).isEmpty();
        assertThat(JsonPointer.resolve(DOC, "/data/id/x")).isEmpty();
        assertThat(JsonPointer.resolve(DOC, "data")).isEmpty();
    }
}
