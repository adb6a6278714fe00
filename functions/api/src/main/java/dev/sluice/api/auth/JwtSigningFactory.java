package dev.sluice.api.auth;

import com.nimbusds.jose.JWSAlgorithm;
import dev.sluice.aws.system.SecretValues;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 key that signs and verifies tokens, read through {@link SecretValues} from
 * {@code SLUICE_JWT_SECRET} (local) or the Secrets Manager secret {@code SLUICE_JWT_SECRET_ARN} (AWS).
 * Without a configured secret, verification uses a random key no one holds, so every token is
 * rejected, and {@link TokenIssuer} refuses to mint with 503.
 */
@Factory
public class JwtSigningFactory {

    public static final String SECRET_NAME = "sluice.jwt.secret";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration jwtSignature(SecretValues secrets) {
        String secret = secrets.get(SECRET_NAME)
                .filter(s -> s.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES)
                .orElseGet(JwtSigningFactory::unguessable);
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret);
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(config);
    }

    private static String unguessable() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
