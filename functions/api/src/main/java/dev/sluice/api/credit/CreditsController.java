package dev.sluice.api.credit;

import dev.sluice.api.auth.Caller;
import dev.sluice.api.http.JsonBodies;
import dev.sluice.api.http.Paging;
import dev.sluice.core.engine.CreditStore;
import dev.sluice.core.engine.CreditStore.LedgerEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant's credit balance and ledger: viewers read, admins grant. */
@Controller(value = "/api/credits", produces = MediaType.APPLICATION_JSON)
public class CreditsController {

    private final CreditStore credits;

    public CreditsController(CreditStore credits) {
        this.credits = credits;
    }

    @Get
    @Secured("viewer")
    public HttpResponse<String> get(Authentication auth, @Nullable @QueryValue String limit,
                                    @Nullable @QueryValue String cursor) {
        var team = Caller.of(auth).teamId();
        int pageSize = Paging.limit(limit);
        var page = credits.ledger(team, pageSize, cursor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("balance", credits.balance(team));
        body.put("ledger", page.items().stream().map(CreditsController::entry).toList());
        body.put("next_cursor", page.nextCursor());
        return JsonBodies.ok(body);
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    public HttpResponse<String> grant(Authentication auth, @Nullable @Body String body) {
        Caller caller = Caller.of(auth);
        CreditGrant grant = CreditGrant.parse(JsonBodies.parse(body));
        LedgerEntry entry = credits.grant(caller.teamId(), grant.amount(), grant.reason(), caller.role().wireName());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("entry", entry(entry));
        response.put("balance", entry.balanceAfter());
        return JsonBodies.respond(HttpStatus.CREATED, response);
    }

    static Map<String, Object> entry(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("amount", e.amount());
        m.put("reason", e.reason());
        m.put("run_id", e.runId());
        m.put("stage", e.stage());
        m.put("attempt", e.attempt());
        m.put("at", time(e.at()));
        m.put("balance_after", e.balanceAfter());
        return m;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
