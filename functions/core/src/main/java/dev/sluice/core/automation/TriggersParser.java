package dev.sluice.core.automation;

import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import dev.sluice.core.schedule.ScheduleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the trigger fields of an automation body: {@code schedule} (see {@link ScheduleSpec}),
 * {@code triggers: {"events": [type, ...], "rule": <JSONLogic over {type, payload}>}} and
 * {@code webhook_secret} (16-256 characters, or null to clear). Problems go to the shared {@link Fields}.
 */
final class TriggersParser {

    static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    static final int MAX_EVENTS = 20;
    private static final Set<String> TRIGGER_FIELDS = Set.of("events", "rule");

    private TriggersParser() {
    }

    static AutomationTriggers parse(Map<String, Object> body, Fields fields) {
        ScheduleSpec schedule = null;
        if (body.get("schedule") != null) {
            try {
                schedule = ScheduleSpec.parse(body.get("schedule"));
            } catch (ValidationException e) {
                fields.addAll(e.errors());
            }
        }
        List<String> events = new ArrayList<>();
        Object rule = null;
        Map<String, Object> triggers = fields.object(body, "triggers", "");
        if (triggers != null) {
            fields.rejectUnknown(triggers, TRIGGER_FIELDS, "triggers");
            List<?> raw = fields.list(triggers, "events", "triggers", MAX_EVENTS);
            for (int i = 0; raw != null && i < raw.size(); i++) {
                if (!(raw.get(i) instanceof String type) || !EVENT_TYPE.matcher(type).matches()) {
                    fields.error("triggers.events[" + i + "]", "must be an event type: 1-100 letters, digits or . _ : / -,"
                            + " starting with a letter or digit");
                } else if (!events.contains(type)) {
                    events.add(type);
                }
            }
            rule = triggers.get("rule");
            if (rule != null) {
                try {
                    Rules.compile(rule);
                } catch (RuleException e) {
                    fields.error("triggers.rule", "is not valid JSONLogic: " + e.getMessage());
                }
                if (events.isEmpty()) {
                    fields.error("triggers.rule", "needs at least one type in triggers.events");
                }
            }
        }
        String secret = null;
        if (body.get("webhook_secret") != null) {
            if (!(body.get("webhook_secret") instanceof String s) || s.length() < 16 || s.length() > 256) {
                fields.error("webhook_secret", "must be a string of 16 to 256 characters, or null to remove it");
            } else {
                secret = s;
            }
        }
        return new AutomationTriggers(schedule, events, rule, secret);
    }
}
