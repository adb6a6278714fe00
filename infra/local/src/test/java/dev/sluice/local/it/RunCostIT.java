package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.clients.AwsCallMeter;
import dev.sluice.local.LocalCloud;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bench figure of issue 3: AWS calls of one reference 5-stage run (start over the API, execution by the
 * worker) by service and operation, from each function's {@link AwsCallMeter}, and what a million such runs
 * cost at list prices ({@link RunCostModel}). Written to {@code target/bench/run-cost.md}.
 */
@ExtendWith(LocalCloudExtension.class)
class RunCostIT {

    private static final String[] FUNCTIONS = {"ApiFunction", "WorkerFunction"};

    @Test
    void reference_five_stage_run_calls_and_cost(SluiceApi api, LocalCloud cloud) throws Exception {
        try (TargetServer target = new TargetServer()) {
            RunFixture fx = new RunFixture(api);
            fx.grant(100);
            String tag = SluiceApi.newTenant();
            String id = fx.automation("Reference", """
                    [{"name":"fetch","type":"http","params":{"url":"%s","extract":{"count":"/count"}}},
                     {"name":"compute","type":"transform","params":{"set":{"double":{"*":[{"var":"context.count"},2]}}}},
                     {"name":"gate","type":"condition","params":{"if":{">":[{"var":"context.double"},0]}}},
                     {"name":"notify","type":"http","params":{"method":"POST","url":"%s","body":{"n":"${context.double}"}}},
                     {"name":"done","type":"log","params":{"message":"ok"}}]"""
                    .formatted(target.url("/ref/" + tag), target.url("/ref-notify/" + tag)), null);
            // Warm up once so one-off calls (GetQueueUrl) are not counted against the reference run.
            fx.awaitTerminal(fx.start(id, ""));
            for (String function : FUNCTIONS) {
                meter(cloud, function).reset();
            }
            // The start is synchronous: the API's share of the run is complete when it answers. Taken
            // before polling, so the test's own status reads (GetItem per poll) are not counted.
            meter(cloud, "WorkerFunction").trackAll();
            String runId = fx.start(id, "");
            // The worker attributes its calls to the run it works on, so stray messages of other tests' runs
            // (delayed waits, retries) that the shared worker handles meanwhile are not counted.
            Map<String, Map<String, Map<String, Long>>> calls = new TreeMap<>();
            calls.put("ApiFunction", meter(cloud, "ApiFunction").snapshot());
            var run = fx.awaitTerminal(runId);
            assertThat(run.get("status").asText()).isEqualTo("succeeded");
            fx.awaitLogComplete(runId);
            calls.put("WorkerFunction", meter(cloud, "WorkerFunction").snapshot(runId));
            RunCostModel.Report report = RunCostModel.report(calls);
            write(report.markdown());
            System.out.println(report.markdown());
            // Start: automation + balance reads, one query of the tenant's maintenance windows, one transaction,
            // one message. The worker reads the run once; then each stage costs two
            // conditional writes (delivered, completed), chained inline with no queue round trip.
            assertThat(count(calls, "ApiFunction", "Sqs", "SendMessage")).isEqualTo(1);
            assertThat(count(calls, "ApiFunction", "DynamoDb", "Query")).isEqualTo(1);
            assertThat(count(calls, "WorkerFunction", "Sqs", "SendMessage")).isZero();
            assertThat(count(calls, "WorkerFunction", "DynamoDb", "Query")).isEqualTo(1 + 1);
            assertThat(count(calls, "WorkerFunction", "DynamoDb", "PutItem")
                    + count(calls, "WorkerFunction", "DynamoDb", "TransactWriteItems")).isEqualTo(10 + 1);
            // The run log: all its lines in one chunk (one PUT, one index write) written as the chain ends,
            // after one query for the log's last seq.
            assertThat(count(calls, "WorkerFunction", "S3", "PutObject")).isEqualTo(1);
            assertThat(report.totalCalls()).isEqualTo(19);
        }
    }

    private static long count(Map<String, Map<String, Map<String, Long>>> calls, String function, String service,
                              String operation) {
        return calls.get(function).getOrDefault(service, Map.of()).getOrDefault(operation, 0L);
    }

    private static AwsCallMeter meter(LocalCloud cloud, String function) {
        return cloud.function(function).context().getBean(AwsCallMeter.class);
    }

    private static void write(String markdown) throws IOException {
        Path out = Path.of("target", "bench", "run-cost.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
    }
}
