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
            String runId = fx.start(id, "");
            var run = fx.awaitTerminal(runId);
            assertThat(run.get("status").asText()).isEqualTo("succeeded");
            Map<String, Map<String, Map<String, Long>>> calls = new TreeMap<>();
            for (String function : FUNCTIONS) {
                calls.put(function, meter(cloud, function).snapshot());
            }
            RunCostModel.Report report = RunCostModel.report(calls);
            write(report.markdown());
            System.out.println(report.markdown());
            // One conditional write per stage transition, batched effects: a handful of calls, not dozens.
            assertThat(report.totalCalls()).isLessThanOrEqualTo(30);
        }
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
