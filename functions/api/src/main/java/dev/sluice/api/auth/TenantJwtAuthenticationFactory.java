package dev.sluice.api.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.sluice.core.auth.Role;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.error.ValidationException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a verified JWT into a principal: its name is the tenant, its roles are the token's role
 * and every role below it (so {@code @Secured("operator")} admits operators and admins). A token
 * without a valid {@code team_id}, {@code role} or {@code exp} authenticates nobody (401). A token with a
 * {@code scope} is a {@link StreamTicket}: no roles, only its tenant and run.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class TenantJwtAuthenticationFactory implements JwtAuthenticationFactory {

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            if (claims.getExpirationTime() == null) {
                return Optional.empty();
            }
            TeamId team = new TeamId(claims.getStringClaim(Caller.TEAM_ATTRIBUTE));
            if (claims.getClaim(StreamTicket.SCOPE_CLAIM) != null) {
                return StreamTicket.authentication(team, claims);
            }
            Role role = Role.parse(Caller.ROLE_ATTRIBUTE, claims.getStringClaim(Caller.ROLE_ATTRIBUTE));
            return Optional.of(Authentication.build(team.value(), role.grantedRoles(),
                    Map.of(Caller.TEAM_ATTRIBUTE, team.value(), Caller.ROLE_ATTRIBUTE, role.wireName())));
        } catch (ParseException | ValidationException e) {
            return Optional.empty();
        }
    }
}
