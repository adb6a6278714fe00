package dev.sluice.aws.log;

/**
 * The object tag that template.yaml's bucket lifecycle rule ({@code ExpireRunLogs}) selects: log chunks
 * expire after the {@code RunLogRetentionDays} parameter, and their index items after the same time
 * ({@code SLUICE_LOGS_RETENTION_DAYS}, DynamoDB TTL).
 */
final class LogLifecycle {

    static final String TAG_KEY = "sluice-kind";
    static final String TAG_VALUE = "run-log";
    static final String TAG = TAG_KEY + "=" + TAG_VALUE;

    private LogLifecycle() {
    }
}
