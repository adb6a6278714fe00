package dev.sluice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalCloudMainTest {

    @Test
    void defaults_are_port_8000_and_state_under_dot_sluice_next_to_the_template() {
        LocalCloudOptions options = LocalCloudMain.parse(new String[0]);
        assertThat(options.port()).isEqualTo(8000);
        assertThat(options.dataDir()).isEqualTo(options.template().toAbsolutePath().getParent().resolve(".sluice"));
        assertThat(options.runSchedules()).isTrue();
    }

    @Test
    void memory_keeps_nothing_on_disk_and_options_are_read() {
        LocalCloudOptions options = LocalCloudMain.parse(new String[] {"--memory", "--port", "9001"});
        assertThat(options.dataDir()).isNull();
        assertThat(options.port()).isEqualTo(9001);
        assertThat(LocalCloudMain.parse(new String[] {"--data-dir", "/tmp/x"}).dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void unknown_or_incomplete_options_are_refused() {
        assertThatThrownBy(() -> LocalCloudMain.parse(new String[] {"--bogus"})).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> LocalCloudMain.parse(new String[] {"--port"})).hasMessageContaining("--port");
    }
}
