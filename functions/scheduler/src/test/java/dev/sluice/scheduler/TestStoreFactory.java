package dev.sluice.scheduler;

import dev.sluice.core.engine.RunStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.lang.reflect.Proxy;
import java.util.List;

/** In the {@code scheduler-test} environment the run store holds no runs. */
@Factory
@Requires(env = "scheduler-test")
class TestStoreFactory {

    @Singleton
    @Replaces(RunStore.class)
    RunStore emptyStore() {
        return (RunStore) Proxy.newProxyInstance(RunStore.class.getClassLoader(), new Class<?>[] {RunStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "activeAcrossTenants" -> new RunStore.RunPage(List.of(), null);
                    case "toString" -> "empty store";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
