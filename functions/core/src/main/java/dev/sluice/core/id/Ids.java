package dev.sluice.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Prefixed, time-sortable ids in the ULID layout: {@code <prefix>_} then 10 Crockford base32
 * characters of epoch milliseconds and 16 of randomness (80 bits), e.g. {@code run_01JD3X...}.
 * Ids of one prefix sort by creation time to the millisecond.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[a-z]{2,8}_[0-9A-HJKMNP-TV-Z]{26}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public String next(String prefix) {
        long millis = clock.millis();
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long bits = 0;
        int available = 0;
        int pos = 10;
        for (byte b : random) {
            bits = (bits << 8) | (b & 0xff);
            available += 8;
            while (available >= 5) {
                available -= 5;
                out[pos++] = ALPHABET[(int) ((bits >>> available) & 31)];
            }
        }
        return prefix + "_" + new String(out);
    }

    /** Whether a string has the shape of an id (any prefix); used to answer 404 early for junk ids. */
    public static boolean looksLikeId(String value, String prefix) {
        return value != null && value.startsWith(prefix + "_") && SHAPE.matcher(value).matches();
    }
}
