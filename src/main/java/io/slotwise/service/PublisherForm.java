package io.slotwise.service;

import java.util.Objects;

/**
 * An account's publishing settings as the user typed them (the Accounts dialog's fields), to be checked by
 * {@link Publisher#from}. Fields that do not belong to the chosen kind are ignored.
 *
 * @param apiKey blank to keep the key the account's forwarder to the same vendor already has
 * @param accountId the vendor's account id (Blotato)
 * @param pageId the vendor's page or subaccount id (Blotato, optional)
 * @param profileKey the vendor's user profile key (Ayrshare, optional)
 * @param baseUrl blank for the vendor's own API
 */
public record PublisherForm(PublisherKind kind, String webhookUrl, String apiKey, String accountId, String pageId,
                            String profileKey, String baseUrl) {

    public PublisherForm {
        Objects.requireNonNull(kind, "kind");
    }

    public static PublisherForm webhook(String url) {
        return new PublisherForm(PublisherKind.WEBHOOK, url, null, null, null, null, null);
    }

    public static PublisherForm blotato(String apiKey, String accountId, String pageId, String baseUrl) {
        return new PublisherForm(PublisherKind.BLOTATO, null, apiKey, accountId, pageId, null, baseUrl);
    }

    public static PublisherForm ayrshare(String apiKey, String profileKey, String baseUrl) {
        return new PublisherForm(PublisherKind.AYRSHARE, null, apiKey, null, null, profileKey, baseUrl);
    }

    /** Masked, as {@link ForwarderSettings#toString()}: a form may be logged when saving it fails. */
    @Override
    public String toString() {
        return "PublisherForm[" + kind.id() + ", key " + ForwarderSettings.mask(apiKey) + ", account " + accountId
                + ", page " + pageId + ", base " + baseUrl + "]";
    }
}
