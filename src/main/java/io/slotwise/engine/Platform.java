package io.slotwise.engine;

import java.util.Locale;
import java.util.Optional;

/** The social networks a slot can target and a post can be written for. */
public enum Platform {
    TWITTER, LINKEDIN, FACEBOOK, INSTAGRAM, TIKTOK, THREADS, BLUESKY, PINTEREST, YOUTUBE;

    /** The lower-case name the vendors' APIs use ("twitter", "linkedin", …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an API name, case-insensitively; empty when it is not a known platform. */
    public static Optional<Platform> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Platform p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
