package dev.sluice.core.automation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Webhook tokens: 256 random bits, URL-safe, prefixed {@code whk_}; shown to the client once. Only their
 * SHA-256 is stored, and a presented token is looked up by its hash, so the store never holds a usable token
 * and lookups take the same path whether or not a token exists.
 */
public final class WebhookTokens {

    public static final String PREFIX = "whk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookTokens() {
    }

    public static String mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A token of the shape {@link #mint} makes (checked before any lookup; others are unknown tokens). */
    public static boolean looksValid(String token) {
        return token != null && token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
