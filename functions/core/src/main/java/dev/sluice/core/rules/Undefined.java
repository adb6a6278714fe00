package dev.sluice.core.rules;

/**
 * JavaScript's {@code undefined}: what an absent operator argument reads as (json-logic-js tells
 * {@code {"substr": ["abc", 1]}} from {@code {"substr": ["abc", 1, null]}}) and what operations such
 * as {@code {"and": []}} produce. It flows between nodes like in JavaScript and, as with
 * JSON.stringify, becomes {@code null} when stored in an array built by the engine or returned to
 * the caller; it is never put into a map.
 */
enum Undefined {
    INSTANCE;

    /** Maps the sentinel to {@code null}; every other value is returned unchanged. */
    static Object toNull(Object value) {
        return value == INSTANCE ? null : value;
    }
}
