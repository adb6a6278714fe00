package dev.sluice.core.log;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks secrets out of log lines: every registered value, longest first, and whatever follows a
 * credential scheme ({@code Bearer}, {@code Basic}) or a credential header name ({@code Authorization:},
 * {@code X-Admin-Key=}, ...), whether or not it was registered. Values shorter than
 * {@value #MIN_LENGTH} characters are not registered: masking every "a" would ruin the log and hide
 * nothing. Not thread-safe; one per run buffer.
 */
public final class Redactor {

    public static final String MASK = "***";
    static final int MIN_LENGTH = 4;

    private static final Pattern SCHEME = Pattern.compile("(?i)\\b(bearer|basic|digest)(\\s+)[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(authorization|proxy-authorization|x-admin-key|x-api-key|api[-_]?key|cookie|password|secret|token)"
                    + "(\"?\\s*[:=]\\s*\"?)(?!\\*\\*\\*)(?:(bearer|basic|digest)\\s+)?[^\\s\",;&}]+");

    private final Set<String> values = new TreeSet<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    /** Registers a value to blank out; null, blank and short values are ignored. */
    public void add(String value) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            values.add(value);
            values.add(value.strip());
        }
    }

    public String apply(String message) {
        String out = message;
        for (String value : values) {
            out = out.replace(value, MASK);
        }
        out = SCHEME.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        return NAMED.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3) + " ") + MASK));
    }
}
