package dev.sluice.aws.system;

import io.micronaut.context.env.Environment;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Resolves a named secret (e.g. {@code sluice.jwt.secret}): a direct value wins (local cloud);
 * otherwise the property {@code <name>.arn} names a Secrets Manager secret that is fetched once per
 * function instance and cached. On AWS the template passes only ARNs, so secret values never sit
 * in the Lambda configuration.
 */
@Singleton
public class SecretValues {

    private final Environment environment;
    private final Provider<SecretsManagerClient> secretsManager;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public SecretValues(Environment environment, Provider<SecretsManagerClient> secretsManager) {
        this.environment = environment;
        this.secretsManager = secretsManager;
    }

    /** The secret's value, or empty when it is configured neither directly nor by ARN. */
    public Optional<String> get(String name) {
        String cached = cache.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> direct = nonBlank(name);
        Optional<String> value = direct.isPresent() ? direct : nonBlank(name + ".arn").map(this::fetch);
        value.ifPresent(v -> cache.put(name, v));
        return value;
    }

    private String fetch(String arn) {
        return secretsManager.get().getSecretValue(b -> b.secretId(arn)).secretString();
    }

    private Optional<String> nonBlank(String property) {
        return environment.getProperty(property, String.class).filter(v -> !v.isBlank());
    }
}
