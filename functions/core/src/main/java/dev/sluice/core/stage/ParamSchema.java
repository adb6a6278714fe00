package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StageSchema} made of {@link ParamSpec}s, plus optional checks across parameters (such as
 * "exactly one of seconds, minutes, hours, days") that run once every parameter is valid on its own.
 * An explicit JSON {@code null} counts as absent. Immutable and thread-safe.
 */
public final class ParamSchema implements StageSchema {

    private final Map<String, ParamSpec> specs;
    private final List<ParamCheck> checks;

    private ParamSchema(Map<String, ParamSpec> specs, List<ParamCheck> checks) {
        this.specs = Collections.unmodifiableMap(specs);
        this.checks = List.copyOf(checks);
    }

    /** A schema of these parameters, described in the given order. */
    public static ParamSchema of(ParamSpec... params) {
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        for (ParamSpec spec : params) {
            if (specs.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("duplicate parameter " + spec.name());
            }
        }
        return new ParamSchema(specs, List.of());
    }

    /** A copy with a check on the whole params object, run when no parameter has a problem of its own. */
    public ParamSchema withCheck(ParamCheck check) {
        List<ParamCheck> more = new ArrayList<>(checks);
        more.add(check);
        return new ParamSchema(new LinkedHashMap<>(specs), more);
    }

    @Override
    public List<FieldError> validate(String path, Map<String, Object> params) {
        Map<String, Object> given = params == null ? Map.of() : params;
        List<FieldError> errors = new ArrayList<>();
        for (ParamSpec spec : specs.values()) {
            String at = path + "." + spec.name();
            Object value = given.get(spec.name());
            if (value == null) {
                if (spec.required()) {
                    errors.add(new FieldError(at, "is required"));
                }
            } else {
                errors.addAll(spec.validate(at, value));
            }
        }
        for (String name : given.keySet()) {
            if (!specs.containsKey(name)) {
                errors.add(new FieldError(path + "." + name, "unknown parameter"));
            }
        }
        if (errors.isEmpty()) {
            checks.forEach(check -> errors.addAll(check.check(path, given)));
        }
        return errors;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        specs.forEach((name, spec) -> out.put(name, spec.describe()));
        return out;
    }

    /** The parameters in declaration order. */
    public List<ParamSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The given params with each absent (or null) parameter replaced by its default, when it has one. */
    public Map<String, Object> withDefaults(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (params != null) {
            out.putAll(params);
        }
        for (ParamSpec spec : specs.values()) {
            if (out.get(spec.name()) == null && spec.defaultValue() != null) {
                out.put(spec.name(), spec.defaultValue());
            }
        }
        return out;
    }
}
