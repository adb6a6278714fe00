package dev.sluice.local.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation YAML. Short-form intrinsic tags ({@code !Ref}, {@code !GetAtt}, {@code !Sub},
 * {@code !Join}, ...) become their long form ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": [...]}}),
 * so the rest of the local cloud handles one representation.
 */
public final class CfnYaml {

    private static final List<String> FUNCTIONS = List.of("GetAtt", "Sub", "Join", "Select", "Split", "If",
            "Equals", "Not", "And", "Or", "FindInMap", "Base64", "Cidr", "GetAZs", "ImportValue", "Condition");

    private CfnYaml() {
    }

    public static Map<String, Object> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        Object loaded = new Yaml(new IntrinsicConstructor(options)).load(reader);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A template must be a YAML mapping");
        }
        return (Map<String, Object>) map;
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref", false));
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function, function.equals("GetAtt")));
            }
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;
            private final boolean dottedScalar;

            LongForm(String key, boolean dottedScalar) {
                this.key = key;
                this.dottedScalar = dottedScalar;
            }

            @Override
            public Object construct(Node node) {
                Object value = switch (node) {
                    case ScalarNode scalar -> {
                        String text = constructScalar(scalar);
                        if (dottedScalar) {
                            int dot = text.indexOf('.');
                            if (dot < 0) {
                                throw new IllegalArgumentException("!GetAtt needs Resource.Attribute, got " + text);
                            }
                            yield List.of(text.substring(0, dot), text.substring(dot + 1));
                        }
                        yield text;
                    }
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> throw new IllegalArgumentException("Unsupported node for " + key);
                };
                return Map.of(key, value);
            }
        }
    }
}
