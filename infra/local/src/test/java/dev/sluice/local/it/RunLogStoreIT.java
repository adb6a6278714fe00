package dev.sluice.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.log.S3RunLogStore;
import dev.sluice.aws.system.ResourceNames;
import dev.sluice.core.log.LogLevel;
import dev.sluice.core.log.LogLine;
import dev.sluice.core.log.LogPage;
import dev.sluice.core.log.PendingLine;
import dev.sluice.local.LocalCloud;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The S3 + DynamoDB run log store against the local cloud's emulators: numbering, paging, closing, races. */
@ExtendWith(LocalCloudExtension.class)
class RunLogStoreIT {

    private static ApplicationContext context;
    private static S3RunLogStore store;
    private static LocalCloud cloud;

    @BeforeAll
    static void setUp(LocalCloud localCloud) {
        cloud = localCloud;
        context = ApplicationContext.builder().properties(Map.of("sluice.table", cloud.physicalName("Table"),
                        "sluice.bucket", cloud.physicalName("Bucket")))
                .deduceEnvironment(false).environmentPropertySource(false).banner(false).start();
        store = new S3RunLogStore(cloud.aws().dynamo(), cloud.aws().s3(), context.getBean(ResourceNames.class),
                Clock.systemUTC(), Duration.ofDays(1), new Random(), false);
    }

    @AfterAll
    static void tearDown() {
        context.close();
    }

    private static List<PendingLine> lines(String prefix, int n) {
        List<PendingLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new PendingLine(Instant.parse("2026-12-01T10:00:00Z"), "fetch", 1, LogLevel.INFO, prefix + i));
        }
        return lines;
    }

    private static String run() {
        return "run_" + SluiceApi.newTenant().replace("-", "");
    }

    @Test
    void appends_are_numbered_after_the_last_stored_line_and_read_back_in_order() {
        String team = SluiceApi.newTenant();
        String run = run();
        assertThat(store.append(team, run, lines("a", 3), false)).extracting(LogLine::seq).containsExactly(1L, 2L, 3L);
        assertThat(store.append(team, run, lines("b", 2), false)).extracting(LogLine::seq).containsExactly(4L, 5L);

        LogPage all = store.after(team, run, 0, 100);
        assertThat(all.lines()).extracting(LogLine::message).containsExactly("a0", "a1", "a2", "b0", "b1");
        assertThat(all.lastSeq()).isEqualTo(5);
        assertThat(all.closed()).isFalse();
        assertThat(store.after(team, run, 2, 2).lines()).extracting(LogLine::seq).containsExactly(3L, 4L);
        assertThat(store.tail(team, run, 2).lines()).extracting(LogLine::message).containsExactly("b0", "b1");
        assertThat(store.after(team, run, 5, 10).lines()).isEmpty();
    }

    @Test
    void an_empty_or_foreign_log_reads_empty_and_limits_are_checked() {
        String team = SluiceApi.newTenant();
        String run = run();
        store.append(team, run, lines("x", 2), false);
        LogPage foreign = store.tail(SluiceApi.newTenant(), run, 10);
        assertThat(foreign.lines()).isEmpty();
        assertThat(foreign.lastSeq()).isZero();
        assertThat(store.append(team, run, List.of(), false)).isEmpty();
        assertThatThrownBy(() -> store.tail(team, run, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.after(team, run, 0, 5001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closing_with_or_without_lines_marks_the_log_closed() {
        String team = SluiceApi.newTenant();
        String withLines = run();
        store.append(team, withLines, lines("x", 1), false);
        store.append(team, withLines, lines("end", 1), true);
        assertThat(store.tail(team, withLines, 5).closed()).isTrue();
        assertThat(store.tail(team, withLines, 5).lastSeq()).isEqualTo(2);

        String empty = run();
        store.append(team, empty, lines("x", 3), false);
        store.append(team, empty, List.of(), true);
        LogPage page = store.after(team, empty, 0, 10);
        assertThat(page.closed()).isTrue();
        assertThat(page.lines()).hasSize(3);
    }

    @Test
    void concurrent_writers_get_gapless_unique_seqs() throws Exception {
        String team = SluiceApi.newTenant();
        String run = run();
        int writers = 6;
        int chunksEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String prefix = "w" + w + "-";
            done.add(pool.submit(() -> {
                go.await();
                // Separate store instances: each writer has its own cache of the last seq, like separate Lambdas.
                S3RunLogStore own = new S3RunLogStore(cloud.aws().dynamo(), cloud.aws().s3(),
                        context.getBean(ResourceNames.class),
                        Clock.systemUTC(), Duration.ofDays(1), new Random(), false);
                for (int c = 0; c < chunksEach; c++) {
                    own.append(team, run, lines(prefix + c + "-", 3), false);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        List<LogLine> all = store.after(team, run, 0, 5000).lines();
        assertThat(all).extracting(LogLine::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, writers * chunksEach * 3).boxed().toList());
        assertThat(all).extracting(LogLine::message).doesNotHaveDuplicates();
    }
}
