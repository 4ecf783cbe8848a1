package io.slotwise.service;

import io.slotwise.store.PublisherDao.PublisherRow;
import io.slotwise.store.StoreTransaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The publisher of an account: manual (the default), a webhook URL, or a forwarder to a hosted scheduler
 * (Blotato, Ayrshare) with its {@link ForwarderSettings}.
 *
 * @param webhookUrl set for a webhook, null otherwise
 * @param forwarder  set for a forwarder, null otherwise
 */
public record Publisher(PublisherKind kind, URI webhookUrl, ForwarderSettings forwarder) {

    public static final Publisher MANUAL = new Publisher(PublisherKind.MANUAL, null, null);
    public static final String FIELD = "webhookUrl";
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_KEY_LENGTH = 500;
    static final int MAX_ID_LENGTH = 200;

    public Publisher {
        Objects.requireNonNull(kind, "kind");
        if (kind == PublisherKind.WEBHOOK && webhookUrl == null) {
            throw new IllegalArgumentException("a webhook publisher needs its URL");
        }
        if (kind.isForwarder() && forwarder == null) {
            throw new IllegalArgumentException("a forwarder needs its settings");
        }
        if (kind != PublisherKind.WEBHOOK) {
            webhookUrl = null;
        }
        if (!kind.isForwarder()) {
            forwarder = null;
        }
    }

    /** A manual or webhook publisher. */
    public Publisher(PublisherKind kind, URI webhookUrl) {
        this(kind, webhookUrl, null);
    }

    /**
     * A webhook at a URL the user typed, checked: an absolute http or https URL naming a host. Anything
     * else is refused with a message that names the field.
     */
    public static Publisher webhook(String url) {
        return new Publisher(PublisherKind.WEBHOOK, url(FIELD, url, "a webhook publisher",
                "https://hooks.example.com/slotwise"));
    }

    /** From the publisher choice and URL field of a form or request. */
    public static Publisher of(PublisherKind kind, String webhookUrl) {
        Objects.requireNonNull(kind, "kind");
        if (kind.isForwarder()) {
            throw new IllegalArgumentException("a forwarder is made from a PublisherForm");
        }
        return kind == PublisherKind.WEBHOOK ? webhook(webhookUrl) : MANUAL;
    }

    /**
     * From a whole form, checked field by field (the first problem is refused, naming its field). A blank API key
     * keeps {@code current}'s key when that is a forwarder to the same vendor: the dialog never shows the key, so
     * saving other fields must not need it typed again.
     */
    public static Publisher from(PublisherForm form, Publisher current) {
        PublisherKind kind = form.kind();
        if (!kind.isForwarder()) {
            return of(kind, form.webhookUrl());
        }
        String vendor = kind.displayName();
        String key = blankToNull(form.apiKey());
        if (key == null && current != null && current.kind() == kind && current.forwarder().hasKey()) {
            key = current.forwarder().apiKey();
        }
        if (key == null) {
            throw ServiceException.invalid("apiKey", "apiKey is required for " + vendor);
        }
        if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isWhitespace)) {
            throw ServiceException.invalid("apiKey", "apiKey must be the key " + vendor
                    + " gave you: no spaces, at most " + MAX_KEY_LENGTH + " characters");
        }
        String base = blankToNull(form.baseUrl());
        URI baseUrl = url("baseUrl", base == null ? kind.defaultBaseUrl() : base, vendor, kind.defaultBaseUrl());
        String path = baseUrl.toString().replaceAll("/+$", "");
        baseUrl = URI.create(path);
        if (kind == PublisherKind.BLOTATO) {
            String account = blankToNull(form.accountId());
            if (account == null) {
                throw ServiceException.invalid("accountId", "accountId is required for Blotato (its account id, "
                        + "from Blotato's Settings or GET /v2/users/me/accounts)");
            }
            String page = blankToNull(form.pageId());
            checkLength("accountId", account, MAX_ID_LENGTH);
            checkLength("pageId", page, MAX_ID_LENGTH);
            return new Publisher(kind, null, new ForwarderSettings(baseUrl, key, account, page, null));
        }
        String profile = blankToNull(form.profileKey());
        checkLength("profileKey", profile, MAX_KEY_LENGTH);
        return new Publisher(kind, null, new ForwarderSettings(baseUrl, key, null, null, profile));
    }

    /**
     * An account's publisher inside an open transaction; manual when it has none or there is no account.
     * The hand-off reads it at every step, so a change of publisher applies to posts already due.
     */
    public static Publisher ofAccount(StoreTransaction tx, String accountId) {
        return accountId == null ? MANUAL : tx.publishers().find(accountId).map(Publisher::stored).orElse(MANUAL);
    }

    /** As the store keeps it: a kind it does not know, or a webhook or forwarder without its URL, publishes by hand. */
    public static Publisher stored(PublisherRow r) {
        PublisherKind kind = PublisherKind.fromId(r.kind()).orElse(PublisherKind.MANUAL);
        if (kind == PublisherKind.WEBHOOK && r.webhookUrl() != null) {
            return new Publisher(kind, URI.create(r.webhookUrl()));
        }
        if (kind.isForwarder() && r.baseUrl() != null) {
            return new Publisher(kind, null, new ForwarderSettings(URI.create(r.baseUrl()), r.apiKey(),
                    r.remoteAccountId(), r.pageId(), r.profileKey()));
        }
        return MANUAL;
    }

    /** The store's row for this publisher of an account. */
    public PublisherRow row(String accountId) {
        ForwarderSettings f = forwarder;
        return new PublisherRow(accountId, kind.id(), isWebhook() ? webhookUrl.toString() : null,
                f == null ? null : f.apiKey(), f == null ? null : f.accountId(), f == null ? null : f.pageId(),
                f == null ? null : f.profileKey(), f == null ? null : f.baseUrl().toString());
    }

    public boolean isWebhook() {
        return kind == PublisherKind.WEBHOOK;
    }

    public boolean isForwarder() {
        return kind.isForwarder();
    }

    /** Slotwise sends the post itself (webhook or forwarder): it goes "sending" when due, not "due". */
    public boolean isAutomatic() {
        return isWebhook() || isForwarder();
    }

    /** A forwarder restored from a backup without keys: it cannot send until the user enters the key again. */
    public boolean needsKey() {
        return isForwarder() && !forwarder.hasKey();
    }

    /** The same publisher without its key, as a backup holds it unless the user asks for keys. */
    public Publisher withoutKey() {
        return isForwarder() ? new Publisher(kind, null, forwarder.withoutKey()) : this;
    }

    /** For the accounts list: "manual", "webhook → host", "Blotato → acc_1 (••••abcd)", "Ayrshare — needs its key". */
    public String describe() {
        if (isWebhook()) {
            return "webhook → " + webhookUrl.getHost();
        }
        if (!isForwarder()) {
            return "manual";
        }
        if (needsKey()) {
            return kind.displayName() + " — needs its API key";
        }
        String where = forwarder.accountId() != null ? " → " + forwarder.accountId()
                : forwarder.profileKey() != null ? " → user profile" : "";
        String host = forwarder.baseUrl().toString().equals(kind.defaultBaseUrl()) ? ""
                : " at " + forwarder.baseUrl().getHost() + (forwarder.baseUrl().getPort() < 0 ? ""
                : ":" + forwarder.baseUrl().getPort());
        return kind.displayName() + where + host + " (key " + forwarder.maskedKey() + ")";
    }

    /** An absolute http or https URL naming a host, or a refusal naming {@code field}. */
    private static URI url(String field, String url, String what, String example) {
        if (url == null || url.isBlank()) {
            throw ServiceException.invalid(field, field + " is required for " + what);
        }
        String text = url.strip();
        if (text.length() > MAX_URL_LENGTH) {
            throw ServiceException.invalid(field, field + " is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ServiceException.invalid(field, field + " is not a valid URL: " + e.getReason()
                    + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ServiceException.invalid(field, field + " must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ServiceException.invalid(field, field + " must name a host, as in " + example);
        }
        return uri;
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ServiceException.invalid(field, field + " is longer than " + max + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
