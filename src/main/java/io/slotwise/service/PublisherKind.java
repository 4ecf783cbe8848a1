package io.slotwise.service;

import java.util.Locale;
import java.util.Optional;

/** How an account's due posts go out (SPEC §11). */
public enum PublisherKind {
    /** The user posts it and marks it published; Slotwise reminds them when it is due. */
    MANUAL("Manual", null),
    /** Slotwise POSTs it to a URL (an automation tool), retrying until it is taken. */
    WEBHOOK("Webhook", null),
    /** Slotwise hands it to Blotato's API (publish now), then asks Blotato how it went. */
    BLOTATO("Blotato", "https://backend.blotato.com/v2"),
    /** Slotwise hands it to Ayrshare's API (POST /post), then reads how it went. */
    AYRSHARE("Ayrshare", "https://api.ayrshare.com/api");

    private final String displayName;
    private final String defaultBaseUrl;

    PublisherKind(String displayName, String defaultBaseUrl) {
        this.displayName = displayName;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** "manual", "webhook", "blotato" or "ayrshare", as stored and as the backup writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name the user knows: "Blotato". */
    public String displayName() {
        return displayName;
    }

    /** A hosted scheduler Slotwise forwards posts to through its API. */
    public boolean isForwarder() {
        return defaultBaseUrl != null;
    }

    /** The vendor's own API base, as its documents print it; null for manual and webhook. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public static Optional<PublisherKind> fromId(String id) {
        for (PublisherKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
