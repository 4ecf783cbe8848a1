package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Platform;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account's publisher (SPEC §11), set as part of the account's settings: a webhook URL is checked
 * before anything is written. The hand-off that uses it is tested in {@code io.slotwise.publishing}.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AccountPublisherTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void account(String id, Publisher publisher) {
        s.accounts().create(ME, id, Platform.TWITTER, id, null, List.of());
        s.accounts().setPublisher(ME, id, publisher);
    }

    @Test
    void aWebhookUrlThatIsNotHttpIsRefusedNamingTheFieldAndNothingIsWritten() {
        account("tw", Publisher.webhook("https://hooks.example.com/slotwise"));
        for (String bad : List.of("", "   ", "ftp://hooks.example.com/x", "hooks.example.com/x", "http://",
                "https://exa mple.com/x", "mailto:me@example.com")) {
            assertThatThrownBy(() -> s.accounts().setPublisher(ME, "tw", PublisherKind.WEBHOOK, bad))
                    .as(bad).isInstanceOf(ServiceException.class).hasMessageContaining("webhookUrl")
                    .extracting(e -> ((ServiceException) e).field()).isEqualTo("webhookUrl");
        }
        assertThat(s.accounts().publisher(ME, "tw").webhookUrl()).hasToString("https://hooks.example.com/slotwise");
        assertThat(s.accounts().setPublisher(ME, "tw", PublisherKind.MANUAL, "ignored")).isEqualTo(Publisher.MANUAL);
        assertThat(s.accounts().publishers(ME)).containsExactly(Map.entry("tw", Publisher.MANUAL));
        assertThatThrownBy(() -> s.accounts().setPublisher(ME, "nope", Publisher.MANUAL)).hasMessage("Account not found");
    }
}
