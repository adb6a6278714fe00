package dev.sluice.core.automation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Sluice-Signature} of a signed webhook: {@code sha256=<hex>} of HMAC-SHA256 keyed with the
 * automation's {@code webhook_secret} (its UTF-8 bytes) over the raw request body bytes. Verification compares
 * the 32-byte MACs with {@link MessageDigest#isEqual} (constant time); a header of the wrong shape is compared
 * against zeros, so it takes the same path as a wrong MAC.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Sluice-Signature";
    public static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 32;

    private WebhookSignature() {
    }

    /** The header value a sender puts on {@code body}: {@code sha256=} and 64 lowercase hex digits. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret, body));
    }

    /**
     * Whether {@code header} is the signature of {@code body} under {@code secret}. The hex digits may be in
     * either case; surrounding whitespace is ignored. A null or malformed header is false.
     */
    public static boolean verify(String secret, byte[] body, String header) {
        byte[] expected = mac(secret, body);
        byte[] presented = parse(header);
        boolean wellFormed = presented != null;
        boolean equal = MessageDigest.isEqual(expected, wellFormed ? presented : new byte[MAC_BYTES]);
        return wellFormed & equal;
    }

    private static byte[] parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + 2 * MAC_BYTES) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(value, PREFIX.length(), value.length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
