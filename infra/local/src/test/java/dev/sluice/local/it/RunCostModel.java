package dev.sluice.local.it;

import java.util.Map;
import java.util.Set;

/**
 * DESIGN.md §8 list prices (us-east-1) applied to counted AWS calls. Assumptions, stated in the report:
 * every DynamoDB item is under 1 KB (a run item of the reference run is ~1-2 KB: counted as 2 units per
 * written run), a transaction costs 2 units per item and holds 2-4 items (counted as 6), reads are strongly
 * consistent (1 unit per 4 KB); each SQS call is one 64 KB request; Lambda time is not counted here.
 */
final class RunCostModel {

    private static final double DDB_WRITE_UNIT = 0.625 / 1e6;
    private static final double DDB_READ_UNIT = 0.125 / 1e6;
    private static final double SQS_REQUEST = 0.40 / 1e6;
    private static final double S3_PUT = 5.0 / 1e6;
    private static final double S3_GET = 0.40 / 1e6;
    private static final double HTTP_API_REQUEST = 1.0 / 1e6;
    private static final double LAMBDA_REQUEST = 0.20 / 1e6;

    private static final Set<String> SINGLE_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem");

    record Report(long totalCalls, double dollarsPerMillionRuns, String markdown) {
    }

    private RunCostModel() {
    }

    static Report report(Map<String, Map<String, Map<String, Long>>> callsByFunction) {
        StringBuilder md = new StringBuilder("| function | service | operation | calls | $ per run |\n|---|---|---|---|---|\n");
        long total = 0;
        double dollars = 0;
        for (var fn : callsByFunction.entrySet()) {
            for (var entry : flatten(fn.getValue()).entrySet()) {
                String[] key = entry.getKey().split("\\.", 2);
                long n = entry.getValue();
                double cost = n * unitCost(key[0], key[1]);
                total += n;
                dollars += cost;
                md.append("| ").append(fn.getKey()).append(" | ").append(key[0]).append(" | ").append(key[1])
                        .append(" | ").append(n).append(" | ").append(String.format("%.8f", cost)).append(" |\n");
            }
        }
        // One API request (POST run) and the worker invocations: one per SQS batch; the reference run chains
        // inline, so count the API call plus one worker invocation per stage message sent.
        long stageMessages = countOf(callsByFunction, "Sqs.SendMessage");
        long lambdaInvocations = 1 + Math.max(1, stageMessages);
        double fixed = HTTP_API_REQUEST + lambdaInvocations * LAMBDA_REQUEST;
        dollars += fixed;
        md.append("\nAWS calls per run: ").append(total).append(". Requests: 1 HTTP API request, ")
                .append(lambdaInvocations).append(" Lambda invocations (Lambda GB-seconds not included).\n");
        md.append(String.format("Cost per million runs (calls + requests): $%.2f%n", dollars * 1e6));
        md.append("Assumptions: ").append("single DynamoDB writes = 2 WU (items 1-2 KB), TransactWriteItems = 6 WU,")
                .append(" reads = 1 RU (strongly consistent, < 4 KB), BatchGetItem/Query = 2 RU, SQS call = 1 request.\n");
        return new Report(total, dollars * 1e6, md.toString());
    }

    private static long countOf(Map<String, Map<String, Map<String, Long>>> calls, String key) {
        return calls.values().stream().mapToLong(m -> flatten(m).getOrDefault(key, 0L)).sum();
    }

    private static Map<String, Long> flatten(Map<String, ?> meter) {
        Map<String, Long> flat = new java.util.TreeMap<>();
        meter.forEach((k, v) -> {
            if (v instanceof Map<?, ?> inner) {
                inner.forEach((op, n) -> flat.put(k + "." + op, ((Number) n).longValue()));
            } else {
                flat.put(k, ((Number) v).longValue());
            }
        });
        return flat;
    }

    private static double unitCost(String service, String operation) {
        String s = service.toLowerCase();
        if (s.contains("dynamo")) {
            if (SINGLE_WRITES.contains(operation)) {
                return 2 * DDB_WRITE_UNIT;
            }
            if (operation.equals("TransactWriteItems")) {
                return 6 * DDB_WRITE_UNIT;
            }
            if (operation.equals("BatchGetItem") || operation.equals("Query")) {
                return 2 * DDB_READ_UNIT;
            }
            return DDB_READ_UNIT;
        }
        if (s.contains("sqs")) {
            return SQS_REQUEST;
        }
        if (s.contains("s3")) {
            return operation.startsWith("Put") ? S3_PUT : S3_GET;
        }
        return 0;
    }
}
