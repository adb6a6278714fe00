package dev.sluice.local.testfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Records each scheduled invocation as "source detail-type function". */
public class RecordingScheduleHandler implements RequestHandler<ScheduledEvent, Void> {

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        Recorder.SCHEDULED_EVENTS.add(event.getSource() + " " + event.getDetailType() + " " + context.getFunctionName());
        return null;
    }
}
