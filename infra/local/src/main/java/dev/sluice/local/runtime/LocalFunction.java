package dev.sluice.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.sluice.local.template.FunctionSpec;
import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One function of the template, instantiated in this JVM. A handler with a constructor taking a
 * Micronaut {@link ApplicationContext} gets a context whose only configuration is the function's
 * template environment (mapped as Micronaut maps environment variables: {@code SLUICE_TABLE} →
 * {@code sluice.table}); a plain handler gets its no-arg constructor.
 */
public final class LocalFunction implements AutoCloseable {

    private final FunctionSpec spec;
    private final String physicalName;
    private final RequestHandler<Object, Object> handler;
    private final ApplicationContext context;

    private LocalFunction(FunctionSpec spec, String physicalName, RequestHandler<Object, Object> handler,
                          ApplicationContext context) {
        this.spec = spec;
        this.physicalName = physicalName;
        this.handler = handler;
        this.context = context;
    }

    @SuppressWarnings("unchecked")
    public static LocalFunction start(FunctionSpec spec, String physicalName, Map<String, String> environment)
            throws ReflectiveOperationException {
        Class<?> type = Class.forName(spec.handlerClass());
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(spec.logicalId() + ": " + type.getName() + " is not a RequestHandler");
        }
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("AWS_LAMBDA_FUNCTION_NAME", physicalName);
        try {
            Constructor<?> withContext = type.getConstructor(ApplicationContext.class);
            ApplicationContext context = ApplicationContext.builder()
                    .properties(asProperties(env))
                    .environments("local")
                    .deduceEnvironment(false)
                    .environmentPropertySource(false)
                    .banner(false)
                    .start();
            return new LocalFunction(spec, physicalName, (RequestHandler<Object, Object>) withContext.newInstance(context), context);
        } catch (NoSuchMethodException plain) {
            return new LocalFunction(spec, physicalName,
                    (RequestHandler<Object, Object>) type.getConstructor().newInstance(), null);
        }
    }

    /** Micronaut's mapping of an environment variable name to a property name. */
    static Map<String, Object> asProperties(Map<String, String> env) {
        Map<String, Object> props = new LinkedHashMap<>();
        env.forEach((name, value) -> props.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value));
        return props;
    }

    public Object invoke(Object event) {
        return handler.handleRequest(event, new LocalLambdaContext(physicalName, spec.memoryMb(), spec.timeoutSeconds()));
    }

    public FunctionSpec spec() {
        return spec;
    }

    public String physicalName() {
        return physicalName;
    }

    /** The function's Micronaut context, when it has one (tests read beans such as the call meter). */
    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() throws Exception {
        if (handler instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (context != null && context.isRunning()) {
            context.close();
        }
    }
}
