package dev.sluice.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.local.LocalCloudOptions;
import dev.sluice.local.template.TemplateContract.CodeRoute;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml agrees with the code; and each kind of disagreement is caught, shown on broken
 * copies of the real template.
 */
class TemplateContractTest {

    private static String yaml;
    private static List<CodeRoute> routes;

    @BeforeAll
    static void load() throws Exception {
        yaml = Files.readString(LocalCloudOptions.findTemplate());
        routes = CodeRoutes.all();
    }

    private static List<String> violationsOf(String text) {
        return TemplateContract.violations(SamTemplate.parse(text), routes);
    }

    private static String withResources(String extra) {
        return yaml.replace("\nResources:\n", "\nResources:\n" + extra);
    }

    @Test
    void the_real_template_matches_the_code() {
        assertThat(routes).isNotEmpty();
        assertThat(violationsOf(yaml)).isEmpty();
    }

    @Test
    void a_template_route_without_a_controller_method_is_caught() {
        String broken = yaml.replace("        Fallback:\n", """
                        Bogus:
                          Type: HttpApi
                          Properties: {ApiId: !Ref HttpApi, Path: '/api/bogus/{id}', Method: GET}
                        Fallback:
                """);
        assertThat(violationsOf(broken)).containsExactly("ApiFunction: template route GET /api/bogus/{} has no controller method");
    }

    @Test
    void a_controller_method_without_a_template_route_is_caught() {
        String broken = yaml.replace("""
                        AuthMe:
                          Type: HttpApi
                          Properties: {ApiId: !Ref HttpApi, Path: /api/auth/me, Method: GET}
                """, "");
        assertThat(broken).isNotEqualTo(yaml);
        assertThat(violationsOf(broken)).containsExactly("ApiFunction: controller route GET /api/auth/me has no route in template.yaml");
    }

    @Test
    void a_route_with_the_wrong_method_is_caught_both_ways() {
        String broken = yaml.replace("Path: /api/auth/me, Method: GET", "Path: /api/auth/me, Method: POST");
        assertThat(violationsOf(broken)).containsExactlyInAnyOrder(
                "ApiFunction: template route POST /api/auth/me has no controller method",
                "ApiFunction: controller route GET /api/auth/me has no route in template.yaml");
    }

    @Test
    void a_handler_class_that_does_not_exist_is_caught() {
        String broken = yaml.replace("Handler: dev.sluice.api.ApiHandler", "Handler: dev.sluice.api.NoSuchHandler");
        assertThat(violationsOf(broken)).contains("ApiFunction: handler class dev.sluice.api.NoSuchHandler does not exist");
    }

    @Test
    void a_handler_that_is_not_a_lambda_handler_is_caught() {
        String broken = yaml.replace("Handler: dev.sluice.api.ApiHandler", "Handler: dev.sluice.api.auth.TokenIssuer");
        assertThat(violationsOf(broken)).contains("ApiFunction: handler dev.sluice.api.auth.TokenIssuer is not a RequestHandler");
    }

    private static final String WORKER = """
              TestWorker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: dev.sluice.local.testfn.RecordingSqsHandler
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt WorkQueue.Arn
                        BatchSize: 10
            %s
            """;

    @Test
    void a_properly_wired_queue_passes() {
        String ok = withResources("""
                  WorkQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt WorkDlq.Arn, maxReceiveCount: 5}
                  WorkDlq:
                    Type: AWS::SQS::Queue
                """ + WORKER.formatted("            FunctionResponseTypes: [ReportBatchItemFailures]"));
        assertThat(violationsOf(ok)).isEmpty();
    }

    @Test
    void a_queue_without_a_dead_letter_queue_is_caught() {
        String broken = withResources("""
                  WorkQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 180
                """ + WORKER.formatted("            FunctionResponseTypes: [ReportBatchItemFailures]"));
        assertThat(violationsOf(broken)).containsExactly("WorkQueue: queue has no dead-letter queue (RedrivePolicy)");
    }

    @Test
    void a_redrive_policy_to_a_missing_queue_is_caught() {
        String broken = withResources("""
                  WorkQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt Elsewhere.Arn, maxReceiveCount: 5}
                """ + WORKER.formatted("            FunctionResponseTypes: [ReportBatchItemFailures]"));
        assertThat(violationsOf(broken))
                .containsExactly("WorkQueue: RedrivePolicy must target a queue of this template by !GetAtt <Queue>.Arn");
    }

    @Test
    void an_sqs_event_without_report_batch_item_failures_is_caught() {
        String broken = withResources("""
                  WorkQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt WorkDlq.Arn, maxReceiveCount: 5}
                  WorkDlq:
                    Type: AWS::SQS::Queue
                """ + WORKER.formatted(""));
        assertThat(violationsOf(broken))
                .containsExactly("TestWorker/Work: SQS event lacks FunctionResponseTypes [ReportBatchItemFailures]");
    }

    @Test
    void route_paths_are_compared_without_parameter_names_or_query_templates() {
        assertThat(TemplateContract.normalize("/api/runs/{run_id}{?cursor,limit}")).isEqualTo("/api/runs/{}");
        assertThat(TemplateContract.normalize("/api/runs/{id}/")).isEqualTo("/api/runs/{}");
        assertThat(TemplateContract.normalize("/files/{path+}")).isEqualTo("/files/{+}");
    }
}
