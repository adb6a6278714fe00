package dev.sluice.api.rules;

import dev.sluice.api.http.JsonBodies;
import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.error.ValidationException;
import dev.sluice.core.rules.RuleException;
import dev.sluice.core.rules.Rules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a JSONLogic rule against data, exactly as automations do. The body is read with the
 * engine's own strict JSON reader so numbers keep JavaScript semantics end to end.
 */
@Controller("/api/rules")
@Secured("viewer")
public class RulesController {

    @Post(uri = "/evaluate", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> evaluate(@Nullable @Body String body) {
        Map<?, ?> request = parseObject(body);
        if (!request.containsKey("rule")) {
            throw new ValidationException("rule", "is required");
        }
        Object result;
        try {
            result = Rules.compile(request.get("rule")).evaluate(request.get("data"));
        } catch (RuleException e) {
            throw new ValidationException("rule", e.getMessage());
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("result", result);
        return JsonBodies.ok(response);
    }

    private static Map<?, ?> parseObject(String body) {
        if (!(JsonBodies.parse(body) instanceof Map<?, ?> map)) {
            throw new BadRequestException("Request body must be a JSON object {\"rule\", \"data\"}");
        }
        return map;
    }
}
