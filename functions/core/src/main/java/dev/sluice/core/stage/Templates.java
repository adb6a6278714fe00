package dev.sluice.core.stage;

import dev.sluice.core.rules.Json;
import dev.sluice.core.rules.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Placeholder interpolation in stage parameters: {@code ${input.a.b}}, {@code ${context.x}},
 * {@code ${item.x}}, {@code ${run.id}}, {@code ${run.stage}}, {@code ${run.attempt}}, read from the
 * data root built by {@link StageData}.
 *
 * <ul>
 *   <li>Strings are rendered wherever they sit in maps and lists; map keys are left as written.</li>
 *   <li>A string that is exactly one placeholder becomes the referenced value itself, keeping its
 *       type ({@code "${input.count}"} → {@code 3}).</li>
 *   <li>Inside longer text a placeholder is replaced by the value's string form: strings as they
 *       are, everything else as compact JSON ({@code 3.0} → {@code 3}, {@code null} → {@code null}).</li>
 *   <li>Dot paths index lists by position ({@code ${context.items.0.id}}).</li>
 *   <li><code>$${</code> writes a literal <code>${</code>.</li>
 *   <li>A path that does not resolve, or a placeholder without its closing brace, is a {@link TemplateException}.</li>
 * </ul>
 */
public final class Templates {

    private Templates() {
    }

    /**
     * Renders every string in {@code value}.
     *
     * @param value a JSON-like value (strings, maps and lists are walked; other values are returned as they are)
     * @param data  the data root, see {@link StageData#of}
     * @return a new value; the input is not changed
     * @throws TemplateException for an unresolved or unterminated placeholder
     */
    public static Object render(Object value, Map<String, Object> data) {
        if (value instanceof String text) {
            return renderString(text, data);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, entry) -> out.put(key, render(entry, data)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(entry -> out.add(render(entry, data)));
            return out;
        }
        return value;
    }

    /** Renders one string; see {@link #render}. */
    public static Object renderString(String text, Map<String, Object> data) {
        List<Object> parts = parse(text);
        if (parts.size() == 1 && parts.get(0) instanceof Reference ref) {
            return resolve(ref, data);
        }
        return join(parts, data);
    }

    /** Renders one string as text: even a sole placeholder is replaced by its string form. */
    public static String renderText(String text, Map<String, Object> data) {
        return join(parse(text), data);
    }

    private static String join(List<Object> parts, Map<String, Object> data) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            out.append(part instanceof Reference ref ? format(ref, resolve(ref, data)) : (String) part);
        }
        return out.toString();
    }

    /**
     * Checks placeholder syntax without data, for write-time validation.
     *
     * @return whether the text holds at least one placeholder
     * @throws TemplateException for an unterminated or empty placeholder
     */
    public static boolean hasPlaceholders(String text) {
        return parse(text).stream().anyMatch(Reference.class::isInstance);
    }

    private record Reference(String path) {
        String placeholder() {
            return "${" + path + "}";
        }
    }

    /** Splits text into literal strings and references, merging adjacent literals. */
    private static List<Object> parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new TemplateException("unterminated placeholder " + abbreviate(text.substring(i)));
                }
                String path = text.substring(i + 2, end).trim();
                if (path.isEmpty()) {
                    throw new TemplateException("empty placeholder ${}");
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(new Reference(path));
                i = end + 1;
            } else {
                literal.append(text.charAt(i));
                i++;
            }
        }
        if (!literal.isEmpty() || parts.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts;
    }

    private static Object resolve(Reference ref, Map<String, Object> data) {
        Object current = data;
        for (String segment : ref.path().split("\\.", -1)) {
            if (current instanceof Map<?, ?> map && map.containsKey(segment)) {
                current = map.get(segment);
            } else if (current instanceof List<?> list && isIndex(segment, list.size())) {
                current = list.get(Integer.parseInt(segment));
            } else {
                throw new TemplateException("unresolved placeholder " + ref.placeholder());
            }
        }
        return current;
    }

    private static boolean isIndex(String segment, int size) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(segment) < size;
    }

    private static String format(Reference ref, Object value) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return Json.write(value);
        } catch (JsonException e) {
            throw new TemplateException("placeholder " + ref.placeholder() + " holds a value with no JSON form");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
