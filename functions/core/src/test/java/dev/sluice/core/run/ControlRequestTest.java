package dev.sluice.core.run;

import static dev.sluice.core.run.ControlRequest.CANCEL;
import static dev.sluice.core.run.ControlRequest.PAUSE;
import static dev.sluice.core.run.ControlRequest.RESUME;
import static dev.sluice.core.run.ControlRequest.Reaction.AT_ONCE;
import static dev.sluice.core.run.ControlRequest.Reaction.RECORD;
import static dev.sluice.core.run.ControlRequest.Reaction.REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlRequestTest {

    @Test
    void pause_is_recorded_for_queued_and_running_runs_and_immediate_for_waiting_ones() {
        assertThat(PAUSE.reactionTo(RunStatus.QUEUED)).isEqualTo(RECORD);
        assertThat(PAUSE.reactionTo(RunStatus.RUNNING)).isEqualTo(RECORD);
        assertThat(PAUSE.reactionTo(RunStatus.WAITING)).isEqualTo(AT_ONCE);
        assertThat(PAUSE.reactionTo(RunStatus.PAUSED)).isEqualTo(REJECT);
        for (RunStatus status : RunStatus.values()) {
            if (status.isTerminal()) {
                assertThat(PAUSE.reactionTo(status)).isEqualTo(REJECT);
            }
        }
    }

    @Test
    void only_a_paused_run_can_be_resumed() {
        for (RunStatus status : RunStatus.values()) {
            assertThat(RESUME.reactionTo(status)).isEqualTo(status == RunStatus.PAUSED ? AT_ONCE : REJECT);
        }
    }

    @Test
    void cancel_is_recorded_while_running_immediate_otherwise_and_rejected_once_finished() {
        assertThat(CANCEL.reactionTo(RunStatus.RUNNING)).isEqualTo(RECORD);
        assertThat(CANCEL.reactionTo(RunStatus.QUEUED)).isEqualTo(AT_ONCE);
        assertThat(CANCEL.reactionTo(RunStatus.WAITING)).isEqualTo(AT_ONCE);
        assertThat(CANCEL.reactionTo(RunStatus.PAUSED)).isEqualTo(AT_ONCE);
        assertThat(CANCEL.reactionTo(RunStatus.SUCCEEDED)).isEqualTo(REJECT);
        assertThat(CANCEL.reactionTo(RunStatus.FAILED)).isEqualTo(REJECT);
        assertThat(CANCEL.reactionTo(RunStatus.CANCELLED)).isEqualTo(REJECT);
    }

    @Test
    void rejections_name_the_status_on_the_wire() {
        assertThat(PAUSE.rejection(RunStatus.SUCCEEDED))
                .isEqualTo("run is succeeded; only a queued, running or waiting run can be paused");
        assertThat(RESUME.rejection(RunStatus.RUNNING)).isEqualTo("run is running; only a paused run can be resumed");
        assertThat(CANCEL.rejection(RunStatus.FAILED)).isEqualTo("run is failed and cannot be cancelled");
    }
}
