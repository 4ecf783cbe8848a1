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

    /** The name people know it by, as the app shows it. */
    public String displayName() {
        return switch (this) {
            case TWITTER -> "X / Twitter";
            case LINKEDIN -> "LinkedIn";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case THREADS -> "Threads";
            case BLUESKY -> "Bluesky";
            case PINTEREST -> "Pinterest";
            case YOUTUBE -> "YouTube";
        };
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
