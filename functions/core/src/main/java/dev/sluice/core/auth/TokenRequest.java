package dev.sluice.core.auth;

import dev.sluice.core.error.ValidationException;

/**
 * A validated request to mint a token: the tenant, its role and the lifetime in seconds.
 * Lifetimes outside [60 s, 30 days] are refused so a typo cannot mint a practically eternal token.
 */
public record TokenRequest(TeamId teamId, Role role, long expiresInSeconds) {

    public static final long DEFAULT_EXPIRES_IN = 86_400;
    public static final long MIN_EXPIRES_IN = 60;
    public static final long MAX_EXPIRES_IN = 30L * 86_400;

    public TokenRequest {
        if (expiresInSeconds < MIN_EXPIRES_IN || expiresInSeconds > MAX_EXPIRES_IN) {
            throw new ValidationException("expires_in",
                    "must be between " + MIN_EXPIRES_IN + " and " + MAX_EXPIRES_IN + " seconds");
        }
    }

    /** Validates raw wire values; a null lifetime means the default. */
    public static TokenRequest of(String teamId, String role, Long expiresIn) {
        TeamId team = new TeamId(teamId);
        Role parsed = Role.parse("role", role);
        return new TokenRequest(team, parsed, expiresIn == null ? DEFAULT_EXPIRES_IN : expiresIn);
    }
}
