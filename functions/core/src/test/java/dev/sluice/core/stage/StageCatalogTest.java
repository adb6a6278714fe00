package dev.sluice.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

class StageCatalogTest {

    @Test
    void standard_catalog_registers_the_five_core_stages() {
        StageCatalog catalog = StageCatalog.standard(HttpStageExecutor.defaultClient());

        assertThat(catalog.types()).containsExactly("condition", "http", "log", "transform", "wait");
        assertThat(catalog.find("http")).get().isInstanceOf(HttpStageExecutor.class);
        assertThat(catalog.find("wait")).get().extracting(StageExecutor::type).isEqualTo("wait");
    }

    @Test
    void unknown_type_is_not_found() {
        StageCatalog catalog = new StageCatalog().register(new LogStageExecutor());

        assertThat(catalog.find("llm")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void duplicate_registration_is_rejected() {
        StageCatalog catalog = new StageCatalog().register(new LogStageExecutor());

        assertThatThrownBy(() -> catalog.register(new LogStageExecutor()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log");
    }

    @Test
    void http_stage_refuses_a_client_that_follows_redirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> StageCatalog.standard(following)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void executors_declare_credits_and_idempotency() {
        StageCatalog catalog = StageCatalog.standard(HttpStageExecutor.defaultClient());

        assertThat(catalog.find("http")).get().satisfies(http -> {
            assertThat(http.idempotent()).isFalse();
            assertThat(http.defaultCredits()).isEqualTo(1);
        });
        for (String type : new String[] {"transform", "condition", "wait", "log"}) {
            assertThat(catalog.find(type)).get().satisfies(executor -> {
                assertThat(executor.idempotent()).isTrue();
                assertThat(executor.defaultCredits()).isZero();
                assertThat(executor.schema().describe()).isNotEmpty();
            });
        }
    }
}
