package dev.sluice.api.auth;

import dev.sluice.core.auth.Role;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.UnauthorizedException;
import io.micronaut.security.authentication.Authentication;

/** The authenticated tenant and role of a request, read from the principal built from its JWT. */
public record Caller(TeamId teamId, Role role) {

    static final String TEAM_ATTRIBUTE = "team_id";
    static final String ROLE_ATTRIBUTE = "role";

    public static Caller of(Authentication authentication) {
        if (authentication == null) {
            throw new UnauthorizedException("Authentication required");
        }
        Object team = authentication.getAttributes().get(TEAM_ATTRIBUTE);
        Object role = authentication.getAttributes().get(ROLE_ATTRIBUTE);
        if (!(team instanceof String t) || !(role instanceof String r)) {
            throw new UnauthorizedException("Token lacks team_id or role");
        }
        return new Caller(new TeamId(t), Role.parse(ROLE_ATTRIBUTE, r));
    }
}
