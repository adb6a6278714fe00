package dev.sluice.local.it;

import dev.sluice.local.LocalCloud;
import dev.sluice.local.LocalCloudOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the local cloud from the repository's template.yaml once per test JVM (in memory, on a
 * free port) and shares it with every IT class; it stops when the JVM's tests end. Tests receive a
 * {@link SluiceApi} client and keep to their own tenants, so they never see each other's data.
 *
 * <p>With {@code -Dsluice.it.backend=floci|localstack} (the {@code containers} Maven profile) the
 * same tests run against that emulator in a container instead of the embedded ones; without
 * Docker they are skipped, not failed.
 */
public final class LocalCloudExtension implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = "sluice-local-cloud";

    /** Webhook calls per automation and minute in the shared cloud: low, so WebhooksIT reaches a 429 quickly. */
    static final int WEBHOOK_RATE_PER_MINUTE = 5;

    /**
     * Short reaper graces, so tests can watch the reaper rescue a run within seconds; short log stream
     * long polls, so a stream test reconnects several times during one run; a low webhook rate limit.
     */
    static final java.util.Map<String, String> TEST_ENVIRONMENT = java.util.Map.of(
            "SLUICE_REAPER_WAKE_GRACE_SECONDS", "2",
            "SLUICE_REAPER_QUEUED_GRACE_SECONDS", "3",
            "SLUICE_LOGS_STREAM_WAIT_SECONDS", "2",
            "SLUICE_HOOKS_RATE_PER_MINUTE", Integer.toString(WEBHOOK_RATE_PER_MINUTE));

    @Override
    public void beforeAll(ExtensionContext context) {
        cloud(context);
    }

    static LocalCloud cloud(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent(KEY, k -> new Holder(), Holder.class).cloud;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SluiceApi.class || type == LocalCloud.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalCloud cloud = cloud(context);
        return parameter.getParameter().getType() == LocalCloud.class ? cloud : new SluiceApi(cloud);
    }

    /** Owns the shared cloud; JUnit closes it with the root store. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final LocalCloud cloud;

        private final AutoCloseable backend;

        Holder() {
            ContainerBackendHook.Started external = ContainerBackendHook.startIfRequested();
            backend = external == null ? null : external.container();
            try {
                LocalCloudOptions options = LocalCloudOptions.forTests(LocalCloudOptions.findTemplate())
                        .withEnvironment(TEST_ENVIRONMENT);
                cloud = LocalCloud.start(external == null ? options : options.withExternalAws(external.aws()));
            } catch (Exception e) {
                throw new IllegalStateException("The local cloud did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            cloud.close();
            if (backend != null) {
                backend.close();
            }
        }
    }
}
