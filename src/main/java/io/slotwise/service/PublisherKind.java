package io.slotwise.service;

import java.util.Locale;
import java.util.Optional;

/** How an account's due posts go out (SPEC §11). */
public enum PublisherKind {
    /** The user posts it and marks it published; Slotwise reminds them when it is due. */
    MANUAL,
    /** Slotwise POSTs it to a URL (an automation tool, a forwarder), retrying until it is taken. */
    WEBHOOK;

    /** "manual" or "webhook", as stored and as the backup writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
