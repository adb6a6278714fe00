package dev.sluice.local.it;

import dev.sluice.local.LocalCloudOptions.ExternalAws;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts a containerised AWS emulator when {@code sluice.it.backend} asks for one. The container
 * code lives in {@code src/containers-test/java}, compiled only by the {@code containers} profile
 * (Testcontainers stays off the default test classpath), so it is reached by name.
 */
final class ContainerBackendHook {

    static final String PROPERTY = "sluice.it.backend";
    private static final String STARTER = "dev.sluice.local.containers.ContainerBackend";

    /** The external endpoint and the container to stop afterwards. */
    record Started(ExternalAws aws, AutoCloseable container) {
    }

    private ContainerBackendHook() {
    }

    /** Null when no backend is requested; aborts (skips) the calling tests when Docker is missing. */
    static Started startIfRequested() {
        String backend = System.getProperty(PROPERTY, "").trim();
        if (backend.isEmpty() || backend.equals("embedded")) {
            return null;
        }
        try {
            Object started = Class.forName(STARTER).getMethod("start", String.class).invoke(null, backend);
            if (started == null) {
                Assumptions.abort("No Docker here: the " + backend + " container tests are skipped");
            }
            return (Started) Started.class.cast(ContainerBackendHook.class.getDeclaredMethod("adapt", Object.class)
                    .invoke(null, started));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(PROPERTY + "=" + backend + " needs the containers profile (mvn -Pcontainers verify)", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The starter returns {@code Object[]{ExternalAws, AutoCloseable}} so it needs no type from this class. */
    @SuppressWarnings("unused")
    private static Started adapt(Object started) {
        Object[] parts = (Object[]) started;
        return new Started((ExternalAws) parts[0], (AutoCloseable) parts[1]);
    }
}
