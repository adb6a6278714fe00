package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The statuses an {@code http} stage accepts: codes ({@code 404}, {@code "404"}) or classes ({@code "2xx"}). */
final class ExpectedStatus {

    private static final Pattern CLASS = Pattern.compile("[1-5]xx");
    private static final Pattern CODE = Pattern.compile("[1-5][0-9][0-9]");

    private final List<String> patterns;

    private ExpectedStatus(List<String> patterns) {
        this.patterns = patterns;
    }

    /** Reads a list that {@link #check} accepted. */
    static ExpectedStatus of(List<?> values) {
        List<String> patterns = new ArrayList<>();
        for (Object value : values) {
            patterns.add(value instanceof Number n ? Long.toString(n.longValue()) : ((String) value).toLowerCase(Locale.ROOT));
        }
        return new ExpectedStatus(List.copyOf(patterns));
    }

    boolean matches(int status) {
        String code = Integer.toString(status);
        return patterns.stream().anyMatch(p -> p.equals(code) || (p.endsWith("xx") && p.charAt(0) == code.charAt(0)));
    }

    /** Each item must be a status code 100..599 or a class "1xx".."5xx"; the list must not be empty. */
    static List<FieldError> check(String path, Object value) {
        List<?> items = (List<?>) value;
        if (items.isEmpty()) {
            return List.of(new FieldError(path, "must list at least one status"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            boolean valid = item instanceof Number n
                    ? ParamType.isInteger(n) && n.doubleValue() >= 100 && n.doubleValue() <= 599
                    : item instanceof String text && (CLASS.matcher(text.toLowerCase(Locale.ROOT)).matches()
                            || CODE.matcher(text).matches());
            if (!valid) {
                errors.add(new FieldError(path + "[" + i + "]", "must be a status code (100-599) or a class such as \"2xx\""));
            }
        }
        return errors;
    }
}
