package dev.sluice.local;

import dev.sluice.local.provision.LocalSecrets;
import dev.sluice.local.template.FunctionSpec;
import dev.sluice.local.template.IntrinsicResolver;
import dev.sluice.local.template.SamTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function's environment in the local cloud: its template variables resolved against local
 * resources, plus the emulator endpoints. Secrets Manager is not emulated: a variable
 * {@code X_ARN: !Ref SomeSecret} is replaced by {@code X} holding the secret's local value, which
 * the function reads directly (on AWS it fetches the ARN instead).
 */
final class FunctionEnvironment {

    private static final String ARN_SUFFIX = "_ARN";

    private final SamTemplate template;
    private final IntrinsicResolver resolver;
    private final LocalSecrets secrets;
    private final Map<String, String> secretOverrides;
    private final Map<String, String> awsVariables;
    private final Map<String, String> extraVariables;

    FunctionEnvironment(SamTemplate template, IntrinsicResolver resolver, LocalSecrets secrets,
                        Map<String, String> secretOverrides, Map<String, String> awsVariables,
                        Map<String, String> extraVariables) {
        this.extraVariables = extraVariables;
        this.template = template;
        this.resolver = resolver;
        this.secrets = secrets;
        this.secretOverrides = secretOverrides;
        this.awsVariables = awsVariables;
    }

    Map<String, String> of(FunctionSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        spec.environment().forEach((name, raw) -> {
            String secretId = secretRef(name, raw);
            if (secretId == null) {
                env.put(name, resolver.resolveString(raw));
            }
        });
        env.putAll(secretsOf(spec));
        env.putAll(awsVariables);
        env.putAll(extraVariables);
        return env;
    }

    /** Variable name (without {@code _ARN}) → secret value, for the function's secret references. */
    Map<String, String> secretsOf(FunctionSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        spec.environment().forEach((name, raw) -> {
            String secretId = secretRef(name, raw);
            if (secretId != null) {
                String variable = name.substring(0, name.length() - ARN_SUFFIX.length());
                String override = secretOverrides.get(variable);
                values.put(variable, override != null && !override.isBlank() ? override : secrets.valueOf(secretId));
            }
        });
        return values;
    }

    private String secretRef(String name, Object raw) {
        if (name.endsWith(ARN_SUFFIX) && raw instanceof Map<?, ?> map && map.size() == 1 && map.get("Ref") instanceof String id
                && SamTemplate.SECRET.equals(template.typeOf(id))) {
            return id;
        }
        return null;
    }
}
