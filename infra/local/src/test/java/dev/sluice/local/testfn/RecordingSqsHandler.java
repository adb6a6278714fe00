package dev.sluice.local.testfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/** Records message bodies; reports bodies starting with "fail" as failed items; throws on "crash". */
public class RecordingSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<String> bodies = event.getRecords().stream().map(SQSEvent.SQSMessage::getBody).toList();
        Recorder.SQS_BATCHES.add(bodies);
        if (bodies.stream().anyMatch(b -> b.startsWith("crash"))) {
            throw new IllegalStateException("crash requested");
        }
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (message.getBody().startsWith("fail")) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
