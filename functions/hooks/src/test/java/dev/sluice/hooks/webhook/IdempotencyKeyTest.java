package dev.sluice.hooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.engine.RunTrigger;
import dev.sluice.core.error.BadRequestException;
import dev.sluice.core.schedule.TriggerKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void without_a_header_the_start_has_no_key() {
        assertThat(IdempotencyKey.trigger(null)).isEqualTo(new RunTrigger(TriggerKind.WEBHOOK, null, null, false));
    }

    @Test
    void a_key_is_claimed_for_24_hours_under_the_webhook_prefix() {
        RunTrigger trigger = IdempotencyKey.trigger("evt_123:retry-2");
        assertThat(trigger.kind()).isEqualTo(TriggerKind.WEBHOOK);
        assertThat(trigger.startKey()).isEqualTo("webhook:evt_123:retry-2");
        assertThat(trigger.startKeyTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(trigger.adminForce()).isFalse();
        assertThat(IdempotencyKey.trigger("k".repeat(255)).startKey()).hasSize(8 + 255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "tab\tkey", "ключ", "new\nline"})
    void keys_outside_visible_ascii_are_400(String header) {
        assertThatThrownBy(() -> IdempotencyKey.trigger(header)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void keys_over_255_characters_are_400() {
        assertThatThrownBy(() -> IdempotencyKey.trigger("k".repeat(256))).isInstanceOf(BadRequestException.class);
    }
}
