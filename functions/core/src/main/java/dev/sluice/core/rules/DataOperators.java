package dev.sluice.core.rules;

import static dev.sluice.core.rules.EagerNode.arg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Data access: {@code var}, {@code missing}, {@code missing_some}, and {@code log}, which returns
 * its argument and writes it to the {@code dev.sluice.core.rules} java.util.logging logger at INFO.
 */
final class DataOperators {

    private static final Logger LOG = Logger.getLogger("dev.sluice.core.rules");

    private DataOperators() {
    }

    static void register(Map<String, Operators.Factory> table) {
        table.put("var", DataOperators::var);
        table.put("missing", Operators.eager((args, data) -> missing(args, data)));
        table.put("missing_some", Operators.eager(DataOperators::missingSome));
        table.put("log", Operators.eager((args, data) -> log(arg(args, 0))));
    }

    /** var(path, default): a constant path is split once, at compile time. */
    private static Node var(Node[] args) {
        if (args.length >= 1 && args.length <= 2 && args[0] instanceof LiteralNode literal) {
            String[] segments = DataPath.segments(literal.value());
            Node fallback = Operators.argument(args, 1);
            return data -> DataPath.resolve(data, segments, Undefined.toNull(fallback.evaluate(data)));
        }
        return new EagerNode(args, (values, data) ->
                DataPath.resolve(data, DataPath.segments(arg(values, 0)), Undefined.toNull(arg(values, 1))));
    }

    /**
     * The keys whose value is null, absent or "". Keys are the arguments, or the elements of the
     * first argument when it is an array (so {@code missing} can consume {@code merge} or {@code if}).
     */
    private static List<Object> missing(Object[] args, Object data) {
        List<?> keys = args.length > 0 && args[0] instanceof List<?> list ? list : Arrays.asList(args);
        List<Object> absent = new ArrayList<>();
        for (Object key : keys) {
            Object value = valueOf(key, data);
            if (value == null || "".equals(value)) {
                absent.add(Undefined.toNull(key));
            }
        }
        return absent;
    }

    /** What json-logic-js's {@code {"var": key}} gives; an array key is read as [path, default]. */
    private static Object valueOf(Object key, Object data) {
        if (key instanceof List<?> pair) {
            Object path = pair.isEmpty() ? Undefined.INSTANCE : pair.get(0);
            Object fallback = pair.size() > 1 ? pair.get(1) : null;
            return DataPath.resolve(data, DataPath.segments(path), fallback);
        }
        return DataPath.resolve(data, DataPath.segments(key), null);
    }

    /**
     * missing_some(need, keys): an empty list when at least {@code need} keys are present,
     * otherwise the missing keys. json-logic-js reads {@code keys.length}, so evaluating it with
     * null or absent keys fails, as the reference does (only when the operation is reached).
     */
    private static Object missingSome(Object[] args, Object data) {
        Object need = arg(args, 0);
        Object options = arg(args, 1);
        if (options == null || options == Undefined.INSTANCE) {
            throw new RuleException("Operator \"missing_some\" needs an array of keys as its second argument, got "
                    + (options == null ? "null" : "nothing"));
        }
        List<?> keys = options instanceof List<?> list ? list : Collections.singletonList(options);
        List<Object> absent = missing(keys.toArray(), data);
        double available = options instanceof List<?> list ? list.size()
                : options instanceof String text ? text.length() : Double.NaN;
        boolean enough = ComparisonOperators.greaterOrEqual(available - absent.size(), need);
        return enough ? new ArrayList<>() : absent;
    }

    private static Object log(Object value) {
        LOG.info(() -> value == Undefined.INSTANCE ? "undefined" : JsonWriter.describe(value));
        return value;
    }
}
