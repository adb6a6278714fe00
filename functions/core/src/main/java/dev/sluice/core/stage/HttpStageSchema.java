package dev.sluice.core.stage;

import dev.sluice.core.error.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The parameters of the {@code http} stage and their write-time checks. */
final class HttpStageSchema {

    static final int MAX_TIMEOUT_SECONDS = 300;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** Header names the JDK client sets itself, plus the key Sluice adds to every request. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "connection", "content-length", "expect", "host", "upgrade", "idempotency-key");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    static final ParamSchema SCHEMA = ParamSchema.of(
            ParamSpec.oneOf("method", "HTTP method.", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD").withDefault("GET"),
            ParamSpec.of("url", ParamType.STRING, "http or https URL; placeholders such as ${input.id} are rendered.")
                    .asRequired().withMaxLength(8192).withCheck(HttpStageSchema::checkUrl),
            ParamSpec.of("headers", ParamType.STRING_MAP, "Request headers; values are rendered.")
                    .withCheck(HttpStageSchema::checkHeaders),
            ParamSpec.of("body", ParamType.ANY, "Request body: strings are sent as they are, other values as JSON; "
                    + "strings inside are rendered."),
            ParamSpec.of("timeout_seconds", ParamType.INTEGER, "Seconds to wait for the whole response.")
                    .withRange(1, MAX_TIMEOUT_SECONDS).withDefault(DEFAULT_TIMEOUT_SECONDS),
            ParamSpec.of("expected_status", ParamType.ARRAY, "Statuses that pass: codes (404) or classes (\"2xx\").")
                    .withMaxLength(50).withDefault(List.of("2xx")).withCheck(ExpectedStatus::check),
            ParamSpec.of("extract", ParamType.STRING_MAP, "Context variables to set from the JSON response: "
                    + "name → JSON pointer (\"/data/id\"; \"\" for the whole body).")
                    .withCheck(VariableNames.keysCheck()).withCheck(HttpStageSchema::checkPointers));

    private HttpStageSchema() {
    }

    /** A URL without placeholders must be usable as written; one with placeholders is checked once rendered. */
    private static List<FieldError> checkUrl(String path, Object value) {
        String url = (String) value;
        try {
            if (Templates.hasPlaceholders(url)) {
                return List.of();
            }
            HttpTarget.parse(url);
            return List.of();
        } catch (TemplateException | IllegalArgumentException e) {
            return List.of(new FieldError(path, e.getMessage()));
        }
    }

    private static List<FieldError> checkHeaders(String path, Object value) {
        List<FieldError> errors = new ArrayList<>();
        for (Object key : ((Map<?, ?>) value).keySet()) {
            String name = String.valueOf(key);
            if (!TOKEN.matcher(name).matches()) {
                errors.add(new FieldError(path + "." + name, "is not a valid header name"));
            } else if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(path + "." + name, "is set by Sluice and cannot be given"));
            }
        }
        return errors;
    }

    private static List<FieldError> checkPointers(String path, Object value) {
        List<FieldError> errors = new ArrayList<>();
        ((Map<?, ?>) value).forEach((name, pointer) -> {
            if (!JsonPointer.isValid((String) pointer)) {
                errors.add(new FieldError(path + "." + name, "must be a JSON pointer such as \"/data/id\", or \"\""));
            }
        });
        return errors;
    }
}
