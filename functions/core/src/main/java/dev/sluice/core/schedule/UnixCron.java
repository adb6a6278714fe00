package dev.sluice.core.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.sluice.core.error.FieldErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Reads a 5-field Unix cron expression ({@code minute hour day-of-month month day-of-week}) with cron-utils
 * and turns its complaints into field errors. A day-of-month and a day-of-week both restricted match
 * either (Vixie cron). Expressions that can never fire (February 30th) are refused.
 */
final class UnixCron {

    static final int MAX_LENGTH = 200;
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final String FIELDS = "minute hour day-of-month month day-of-week";
    private static final String CRON_UTILS_PREFIX = "Failed to parse cron expression. ";

    private UnixCron() {
    }

    /** The expression with surrounding blanks removed and inner runs of white space folded to one space. */
    static String normalize(String raw) {
        return raw.strip().replaceAll("\\s+", " ");
    }

    /**
     * The execution times of {@code raw}, evaluated on wall-clock times (callers pass local date-times as if they
     * were UTC), or null after recording an error at {@code path}.
     */
    static ExecutionTime parse(Object raw, String path, FieldErrors errors) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            errors.add(path, "is required");
            return null;
        }
        if (!(raw instanceof String text)) {
            errors.add(path, "must be a string");
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            errors.add(path, "must be at most " + MAX_LENGTH + " characters");
            return null;
        }
        String cron = normalize(text);
        int fields = cron.split(" ").length;
        if (fields != 5) {
            errors.add(path, "must have 5 fields (" + FIELDS + "), got " + fields);
            return null;
        }
        ExecutionTime execution;
        try {
            execution = ExecutionTime.forCron(PARSER.parse(cron));
        } catch (IllegalArgumentException e) {
            errors.add(path, "invalid cron expression '" + cron + "': " + reason(e));
            return null;
        }
        if (execution.nextExecution(Instant.EPOCH.atZone(ZoneOffset.UTC)).isEmpty()) {
            errors.add(path, "cron expression '" + cron + "' never fires");
            return null;
        }
        return execution;
    }

    private static String reason(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "not a valid expression" : e.getMessage();
        if (message.startsWith(CRON_UTILS_PREFIX)) {
            message = message.substring(CRON_UTILS_PREFIX.length());
        }
        return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
