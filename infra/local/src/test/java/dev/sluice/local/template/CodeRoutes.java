package dev.sluice.local.template;

import dev.sluice.local.template.TemplateContract.CodeRoute;
import io.micronaut.context.ApplicationContext;
import io.micronaut.web.router.Router;
import java.util.List;

/** The controller routes compiled into the function modules on the test classpath, read from Micronaut's router. */
final class CodeRoutes {

    private CodeRoutes() {
    }

    static List<CodeRoute> all() {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false).environmentPropertySource(false).banner(false).start()) {
            // Micronaut answers HEAD for every GET by itself; API Gateway routes only what is declared.
            return context.getBean(Router.class).uriRoutes()
                    .filter(route -> !route.getHttpMethodName().equals("HEAD") && !route.getHttpMethodName().equals("OPTIONS"))
                    .map(route -> new CodeRoute(route.getHttpMethodName(), route.getUriMatchTemplate().toPathString(),
                            route.getTargetMethod().getDeclaringType()))
                    .toList();
        }
    }
}
