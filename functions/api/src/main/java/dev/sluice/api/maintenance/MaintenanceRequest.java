package dev.sluice.api.maintenance;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.error.ValidationException.FieldError;
import dev.sluice.core.schedule.MaintenanceWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the body of {@code POST /api/maintenance} into a window. On the wire the manual override is
 * {@code active_override} ({@code active} is the computed state in answers, so it is refused here); the core
 * parser checks the rest, and every id in {@code scope} must be an automation of the tenant. Every problem is
 * reported in one 422.
 */
final class MaintenanceRequest {

    /** The core parser's limit on {@code scope}; a longer list is refused there, and its ids are not looked up. */
    static final int MAX_SCOPE = 100;

    private MaintenanceRequest() {
    }

    /**
     * @param automationExists whether the tenant has an automation with this id (called once per distinct id)
     * @throws ValidationException listing every problem with its path
     */
    static MaintenanceWindow parse(Object body, Predicate<String> automationExists) {
        if (!(body instanceof Map<?, ?> raw)) {
            throw new ValidationException("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Object, Object> core = new LinkedHashMap<>(raw);
        if (core.containsKey("active")) {
            errors.add(new FieldError("active",
                    "is computed; set active_override, or use the activate and deactivate routes"));
            core.remove("active");
        }
        if (core.containsKey("active_override")) {
            Object override = core.remove("active_override");
            if (override == null || override instanceof Boolean) {
                core.put("active", override);
            } else {
                errors.add(new FieldError("active_override", "must be true, false or null"));
            }
        }
        MaintenanceWindow window = null;
        try {
            window = MaintenanceWindow.parse(core);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        errors.addAll(unknownAutomations(raw.get("scope"), automationExists));
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
        return window;
    }

    /** {@code scope[i]} for each well-formed id that is not an automation of the tenant. */
    private static List<FieldError> unknownAutomations(Object scope, Predicate<String> automationExists) {
        List<FieldError> errors = new ArrayList<>();
        if (!(scope instanceof List<?> ids) || ids.size() > MAX_SCOPE) {
            return errors; // the parser reports the shape
        }
        Map<String, Boolean> known = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) instanceof String id && !id.isBlank()
                    && !known.computeIfAbsent(id, automationExists::test)) {
                errors.add(new FieldError("scope[" + i + "]", "no automation " + id + " in this tenant"));
            }
        }
        return errors;
    }
}
