package dev.sluice.local.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-built JWTs for the auth failure matrix: right or wrong key, any header and claims. */
final class JwtFixtures {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JwtFixtures() {
    }

    static String hs256(String secret, String claimsJson) {
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claimsJson);
        return signingInput + "." + B64.encodeToString(hmac(secret, signingInput));
    }

    static String unsigned(String claimsJson) {
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claimsJson) + ".";
    }

    static String claims(String team, String role, long iat, long exp) {
        return "{\"team_id\":\"" + team + "\",\"role\":\"" + role + "\",\"iat\":" + iat + ",\"exp\":" + exp + "}";
    }

    static String decodePart(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String secret, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
