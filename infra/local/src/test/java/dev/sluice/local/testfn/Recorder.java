package dev.sluice.local.testfn;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test functions saw; shared statically because the local cloud instantiates them. */
public final class Recorder {

    public static final List<List<String>> SQS_BATCHES = new CopyOnWriteArrayList<>();
    public static final List<String> SCHEDULED_EVENTS = new CopyOnWriteArrayList<>();

    private Recorder() {
    }

    public static void clear() {
        SQS_BATCHES.clear();
        SCHEDULED_EVENTS.clear();
    }
}
