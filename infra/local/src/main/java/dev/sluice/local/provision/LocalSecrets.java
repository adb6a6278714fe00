package dev.sluice.local.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of the template's Secrets Manager secrets in the local cloud. An explicit override wins
 * (e.g. {@code SLUICE_ADMIN_KEY} for the admin key); otherwise a random value is generated once and
 * kept under {@code .sluice/secrets/} (owner-readable only), or only in memory with {@code --memory}.
 */
public final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Map<String, String> overrides;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    /** {@code dir} null keeps generated values in memory only. */
    public LocalSecrets(Path dir, Map<String, String> overrides) {
        this.dir = dir;
        this.overrides = Map.copyOf(overrides);
    }

    public String valueOf(String logicalId) {
        return values.computeIfAbsent(logicalId, this::load);
    }

    private String load(String logicalId) {
        String override = overrides.get(logicalId);
        if (override != null && !override.isBlank()) {
            return override;
        }
        if (dir == null) {
            return generate();
        }
        Path file = dir.resolve(logicalId);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dir);
            String value = generate();
            Files.writeString(file, value, StandardCharsets.UTF_8);
            restrict(file);
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write local secret " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays with the directory's default permissions.
        }
    }

    private static String generate() {
        byte[] bytes = new byte[36];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
