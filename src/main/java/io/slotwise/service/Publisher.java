package io.slotwise.service;

import io.slotwise.store.PublisherDao.PublisherRow;
import io.slotwise.store.StoreTransaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The publisher of an account: manual (the default) or a webhook URL.
 *
 * @param webhookUrl set for a webhook, null for manual
 */
public record Publisher(PublisherKind kind, URI webhookUrl) {

    public static final Publisher MANUAL = new Publisher(PublisherKind.MANUAL, null);
    public static final String FIELD = "webhookUrl";
    static final int MAX_URL_LENGTH = 2000;

    public Publisher {
        Objects.requireNonNull(kind, "kind");
        if (kind == PublisherKind.WEBHOOK && webhookUrl == null) {
            throw new IllegalArgumentException("a webhook publisher needs its URL");
        }
        if (kind == PublisherKind.MANUAL) {
            webhookUrl = null;
        }
    }

    /**
     * A webhook at a URL the user typed, checked: an absolute http or https URL naming a host. Anything
     * else is refused with a message that names the field.
     */
    public static Publisher webhook(String url) {
        if (url == null || url.isBlank()) {
            throw ServiceException.invalid(FIELD, "webhookUrl is required for a webhook publisher");
        }
        String text = url.strip();
        if (text.length() > MAX_URL_LENGTH) {
            throw ServiceException.invalid(FIELD, "webhookUrl is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ServiceException.invalid(FIELD, "webhookUrl is not a valid URL: " + e.getReason()
                    + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ServiceException.invalid(FIELD, "webhookUrl must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ServiceException.invalid(FIELD, "webhookUrl must name a host, as in https://hooks.example.com/slotwise");
        }
        return new Publisher(PublisherKind.WEBHOOK, uri);
    }

    /** From the publisher choice and URL field of a form or request. */
    public static Publisher of(PublisherKind kind, String webhookUrl) {
        Objects.requireNonNull(kind, "kind");
        return kind == PublisherKind.WEBHOOK ? webhook(webhookUrl) : MANUAL;
    }

    /**
     * An account's publisher inside an open transaction; manual when it has none or there is no account.
     * The hand-off reads it at every step, so a change of publisher applies to posts already due.
     */
    public static Publisher ofAccount(StoreTransaction tx, String accountId) {
        return accountId == null ? MANUAL : tx.publishers().find(accountId).map(Publisher::stored).orElse(MANUAL);
    }

    /** As the store keeps it: a kind it does not know, or a webhook without its URL, publishes by hand. */
    public static Publisher stored(PublisherRow r) {
        PublisherKind kind = PublisherKind.fromId(r.kind()).orElse(PublisherKind.MANUAL);
        return kind == PublisherKind.WEBHOOK && r.webhookUrl() != null
                ? new Publisher(kind, URI.create(r.webhookUrl())) : MANUAL;
    }

    /** The store's row for this publisher of an account. */
    public PublisherRow row(String accountId) {
        return new PublisherRow(accountId, kind.id(), isWebhook() ? webhookUrl.toString() : null);
    }

    public boolean isWebhook() {
        return kind == PublisherKind.WEBHOOK;
    }

    /** For the accounts list: "manual" or "webhook → host". */
    public String describe() {
        return isWebhook() ? "webhook → " + webhookUrl.getHost() : "manual";
    }
}
