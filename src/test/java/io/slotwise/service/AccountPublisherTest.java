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

    @Test
    void forwarderSettingsAreCheckedFieldByFieldAndARefusalWritesNothing() {
        account("tw", Publisher.webhook("https://hooks.example.com/slotwise"));
        record Bad(PublisherForm form, String field, String message) {
        }
        for (Bad bad : List.of(
                new Bad(PublisherForm.blotato("", "98432", null, null), "apiKey", "apiKey is required for Blotato"),
                new Bad(PublisherForm.blotato("two words", "98432", null, null), "apiKey",
                        "apiKey must be the key Blotato gave you: no spaces, at most 500 characters"),
                new Bad(PublisherForm.blotato("blt_key_1234", " ", null, null), "accountId",
                        "accountId is required for Blotato (its account id, from Blotato's Settings or "
                                + "GET /v2/users/me/accounts)"),
                new Bad(PublisherForm.blotato("blt_key_1234", "98432", "p".repeat(201), null), "pageId",
                        "pageId is longer than 200 characters"),
                new Bad(PublisherForm.blotato("blt_key_1234", "98432", null, "ftp://backend.blotato.com"), "baseUrl",
                        "baseUrl must start with http:// or https://"),
                new Bad(PublisherForm.ayrshare(null, null, null), "apiKey", "apiKey is required for Ayrshare"),
                new Bad(PublisherForm.ayrshare("AYR-KEY-1", null, "https:/api"), "baseUrl",
                        "baseUrl must name a host, as in https://api.ayrshare.com/api"))) {
            assertThatThrownBy(() -> s.accounts().setPublisher(ME, "tw", bad.form())).as(bad.field())
                    .isInstanceOf(ServiceException.class).hasMessage(bad.message())
                    .extracting(e -> ((ServiceException) e).field()).isEqualTo(bad.field());
            assertThat(s.accounts().publisher(ME, "tw").isWebhook()).isTrue();
        }
    }

    @Test
    void aForwarderTakesTheVendorsOwnApiByDefaultAndKeepsItsKeyWhenTheFormLeavesItBlank() {
        account("tw", Publisher.MANUAL);
        Publisher saved = s.accounts().setPublisher(ME, "tw", PublisherForm.blotato(" blt_live_abcd1234wxyz ", "98432",
                "", " "));
        assertThat(saved.forwarder().baseUrl()).hasToString("https://backend.blotato.com/v2");
        assertThat(saved.forwarder().apiKey()).isEqualTo("blt_live_abcd1234wxyz");
        assertThat(saved.forwarder().pageId()).isNull();
        assertThat(saved.describe()).isEqualTo("Blotato → 98432 (key ••••wxyz)");

        // The dialog never shows the key: saving a new page id with the key field empty keeps it.
        Publisher edited = s.accounts().setPublisher(ME, "tw", PublisherForm.blotato("", "98432", "page-7",
                "http://127.0.0.1:7411/v2/"));
        assertThat(edited.forwarder().apiKey()).isEqualTo("blt_live_abcd1234wxyz");
        assertThat(edited.forwarder().pageId()).isEqualTo("page-7");
        assertThat(edited.forwarder().baseUrl()).hasToString("http://127.0.0.1:7411/v2");
        assertThat(s.accounts().publisher(ME, "tw")).isEqualTo(edited);

        // Another vendor does not inherit Blotato's key.
        assertThatThrownBy(() -> s.accounts().setPublisher(ME, "tw", PublisherForm.ayrshare("", "prof", null)))
                .hasMessage("apiKey is required for Ayrshare");
        Publisher ayr = s.accounts().setPublisher(ME, "tw", PublisherForm.ayrshare("AYR-0000-1111-2222", "prof", ""));
        assertThat(ayr.forwarder().baseUrl()).hasToString("https://api.ayrshare.com/api");
        assertThat(ayr.describe()).isEqualTo("Ayrshare → user profile (key ••••2222)");
        assertThat(ayr.toString()).doesNotContain("AYR-0000-1111-2222");
    }
}
