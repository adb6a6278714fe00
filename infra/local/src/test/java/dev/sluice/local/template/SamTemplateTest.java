package dev.sluice.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.local.template.IntrinsicResolver.PhysicalResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private static final String YAML = """
            Parameters:
              Days: {Type: Number, Default: 14}
            Globals:
              Function:
                Timeout: 20
                MemorySize: 512
                Environment:
                  Variables:
                    TABLE: !Ref Table
                    SHARED: global
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              Queue:
                Type: AWS::SQS::Queue
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.b.Handler::handleRequest
                  MemorySize: 1024
                  Environment:
                    Variables:
                      SHARED: overridden
                      QUEUE_ARN: !GetAtt Queue.Arn
                      JOINED: !Join ['-', [!Ref Days, !Sub '${AWS::Region}', "x"]]
                      SUBBED: !Sub '${Queue.QueueName}/${Days}/${!Literal}'
                      LONG: {"Fn::Sub": ["${A}-${Table}", {A: !Select [1, [p, q, r]]}]}
                      SPLIT: !Select [2, !Split [",", "a,b,c"]]
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: '/x/{id}', Method: get}}
                    Default: {Type: HttpApi}
                    Work: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn, BatchSize: 3, FunctionResponseTypes: [ReportBatchItemFailures]}}
                    Tick: {Type: Schedule, Properties: {Schedule: rate(5 minutes), Enabled: false}}
            """;

    private final SamTemplate template = SamTemplate.parse(YAML);
    private final IntrinsicResolver resolver = new IntrinsicResolver(Map.of(
            "Table", new PhysicalResource("stack-Table", Map.of()),
            "Queue", new PhysicalResource("http://q/stack-Queue", Map.of("Arn", "arn:q", "QueueName", "stack-Queue"))),
            template.parameterDefaults(), "eu-west-1", "123", "stack");

    @Test
    void functions_merge_globals_and_their_own_properties() {
        FunctionSpec fn = template.functions().get(0);
        assertThat(fn.handlerClass()).isEqualTo("a.b.Handler");
        assertThat(fn.timeoutSeconds()).isEqualTo(20);
        assertThat(fn.memoryMb()).isEqualTo(1024);
        assertThat(resolver.resolveString(fn.environment().get("SHARED"))).isEqualTo("overridden");
        assertThat(resolver.resolveString(fn.environment().get("TABLE"))).isEqualTo("stack-Table");
    }

    @Test
    void short_form_intrinsics_resolve_like_their_long_forms() {
        Map<String, Object> env = template.functions().get(0).environment();
        assertThat(resolver.resolveString(env.get("QUEUE_ARN"))).isEqualTo("arn:q");
        assertThat(resolver.resolveString(env.get("JOINED"))).isEqualTo("14-eu-west-1-x");
        assertThat(resolver.resolveString(env.get("SUBBED"))).isEqualTo("stack-Queue/14/${Literal}");
        assertThat(resolver.resolveString(env.get("LONG"))).isEqualTo("q-stack-Table");
        assertThat(resolver.resolveString(env.get("SPLIT"))).isEqualTo("c");
    }

    @Test
    void events_are_typed() {
        List<EventSpec> events = template.functions().get(0).events();
        assertThat(events).containsExactly(
                new EventSpec.HttpApi("Get", "GET", "/x/{id}"),
                new EventSpec.HttpApi("Default", null, null),
                new EventSpec.Sqs("Work", Map.of("Fn::GetAtt", List.of("Queue", "Arn")), 3, true),
                new EventSpec.Schedule("Tick", "rate(5 minutes)", false));
        assertThat(((EventSpec.HttpApi) events.get(1)).routeKey()).isEqualTo("$default");
    }

    @Test
    void unknown_references_and_unsupported_functions_fail_loudly() {
        assertThatThrownBy(() -> resolver.resolve(Map.of("Ref", "Nope"))).hasMessageContaining("Nope");
        assertThatThrownBy(() -> resolver.resolve(Map.of("Fn::GetAtt", List.of("Table", "StreamArn"))))
                .hasMessageContaining("Table.StreamArn");
        assertThatThrownBy(() -> resolver.resolve(Map.of("Fn::ImportValue", "x"))).hasMessageContaining("Fn::ImportValue");
    }
}
