package dev.sluice.api.auth;

import dev.sluice.core.auth.TokenRequest;
import dev.sluice.core.error.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Token minting with the admin key, and the caller's identity. */
@Controller("/api/auth")
public class AuthController {

    private final TokenIssuer issuer;

    public AuthController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public TokenResponse token(@Nullable @Header("X-Admin-Key") String adminKey, @Nullable @Body TokenBody body) {
        issuer.checkAdminKey(adminKey);
        if (body == null) {
            throw new ValidationException("body", "a JSON object with team_id and role is required");
        }
        TokenRequest request = TokenRequest.of(body.teamId(), body.role(), body.expiresIn());
        return new TokenResponse(issuer.issue(request), request.teamId().value(), request.role().wireName(),
                request.expiresInSeconds());
    }

    @Get("/me")
    @Secured("viewer")
    public Me me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return new Me(caller.teamId().value(), caller.role().wireName());
    }

    /** {@code {"team_id", "role", "expires_in"?}}. */
    @Serdeable
    public record TokenBody(@Nullable String teamId, @Nullable String role, @Nullable Long expiresIn) {
    }

    @Serdeable
    public record TokenResponse(String token, String teamId, String role, long expiresIn) {
    }

    @Serdeable
    public record Me(String teamId, String role) {
    }
}
