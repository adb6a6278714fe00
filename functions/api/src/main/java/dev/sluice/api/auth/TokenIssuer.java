package dev.sluice.api.auth;

import dev.sluice.aws.system.SecretValues;
import dev.sluice.core.auth.Role;
import dev.sluice.core.auth.SecretComparison;
import dev.sluice.core.auth.TeamId;
import dev.sluice.core.auth.TokenRequest;
import dev.sluice.core.error.ServiceUnavailableException;
import dev.sluice.core.error.UnauthorizedException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks the admin key and mints HS256 tokens carrying {@code team_id, role, iat, exp}, and stream tickets. */
@Singleton
public class TokenIssuer {

    public static final String ADMIN_KEY_NAME = "sluice.admin.key";

    private final SecretValues secrets;
    private final JwtTokenGenerator generator;
    private final Clock clock;

    public TokenIssuer(SecretValues secrets, JwtTokenGenerator generator, Clock clock) {
        this.secrets = secrets;
        this.generator = generator;
        this.clock = clock;
    }

    /** 503 when no admin key is configured, 401 when the presented key is missing or wrong. */
    public void checkAdminKey(String presented) {
        String expected = secrets.get(ADMIN_KEY_NAME)
                .orElseThrow(() -> new ServiceUnavailableException("Admin key is not configured on this deployment"));
        if (!SecretComparison.matches(expected, presented)) {
            throw new UnauthorizedException("Missing or invalid X-Admin-Key");
        }
    }

    public String issue(TokenRequest request) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(Caller.TEAM_ATTRIBUTE, request.teamId().value());
        claims.put(Caller.ROLE_ATTRIBUTE, request.role().wireName());
        claims.put("iat", now);
        claims.put("exp", now + request.expiresInSeconds());
        return sign(claims);
    }

    /** A {@link StreamTicket} for one run of {@code team}, valid for {@code seconds}. */
    public String issueStreamTicket(TeamId team, String runId, long seconds) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(Caller.TEAM_ATTRIBUTE, team.value());
        claims.put(Caller.ROLE_ATTRIBUTE, Role.VIEWER.wireName());
        claims.put(StreamTicket.RUN_CLAIM, runId);
        claims.put(StreamTicket.SCOPE_CLAIM, StreamTicket.SCOPE_STREAM);
        claims.put("iat", now);
        claims.put("exp", now + seconds);
        return sign(claims);
    }

    /** 503 when no signing secret of at least 32 bytes is configured. */
    private String sign(Map<String, Object> claims) {
        boolean signable = secrets.get(JwtSigningFactory.SECRET_NAME)
                .filter(s -> s.getBytes(StandardCharsets.UTF_8).length >= JwtSigningFactory.MIN_SECRET_BYTES)
                .isPresent();
        if (!signable) {
            throw new ServiceUnavailableException("JWT signing secret is not configured (need at least 32 bytes)");
        }
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("JWT generator produced no token"));
    }
}
