package dev.sluice.api.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.NotFoundException;
import dev.sluice.core.stream.TicketLifetime;
import io.micronaut.security.authentication.Authentication;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stream ticket: a short-lived JWT ({@code team_id, role: viewer, run_id, scope: "stream", iat, exp})
 * that reads one run's log stream and nothing else. Its principal has no roles, so every
 * {@code @Secured(role)} route answers it 403; only the stream route, which admits any authenticated
 * caller, looks at its run.
 */
public final class StreamTicket {

    public static final String SCOPE_CLAIM = "scope";
    public static final String SCOPE_STREAM = "stream";
    public static final String RUN_CLAIM = "run_id";

    private StreamTicket() {
    }

    /**
     * The principal of a verified token that carries a {@code scope}; empty (401) unless the scope is
     * {@code stream}, the run is named and the lifetime is at most {@link TicketLifetime#MAX_SECONDS}.
     */
    static Optional<Authentication> authentication(TeamId team, JWTClaimsSet claims) throws ParseException {
        String runId = claims.getStringClaim(RUN_CLAIM);
        if (!SCOPE_STREAM.equals(claims.getStringClaim(SCOPE_CLAIM)) || runId == null || runId.isBlank()
                || claims.getIssueTime() == null) {
            return Optional.empty();
        }
        long lifetime = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        if (lifetime > TicketLifetime.MAX_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(Authentication.build(team.value(), List.of(), Map.of(Caller.TEAM_ATTRIBUTE, team.value(),
                SCOPE_CLAIM, SCOPE_STREAM, RUN_CLAIM, runId)));
    }

    public static boolean isTicket(Authentication authentication) {
        return authentication != null && SCOPE_STREAM.equals(authentication.getAttributes().get(SCOPE_CLAIM));
    }

    /**
     * The tenant whose run {@code runId} the caller may stream: a normal token's tenant (any role reads),
     * or a ticket's tenant when the ticket names this run; a ticket for another run is a 404, as if the
     * run did not exist.
     */
    public static TeamId streamingTeam(Authentication authentication, String runId) {
        if (!isTicket(authentication)) {
            return Caller.of(authentication).teamId();
        }
        if (!runId.equals(authentication.getAttributes().get(RUN_CLAIM))) {
            throw new NotFoundException("No run " + runId);
        }
        return new TeamId((String) authentication.getAttributes().get(Caller.TEAM_ATTRIBUTE));
    }
}
