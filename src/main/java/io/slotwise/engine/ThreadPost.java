package io.slotwise.engine;

import java.util.List;

/** A follow-up post of a thread (Blotato's {@code additionalPosts}). */
public record ThreadPost(String text, List<String> mediaUrls) {

    public ThreadPost {
        text = text == null ? "" : text;
        mediaUrls = List.copyOf(mediaUrls == null ? List.of() : mediaUrls);
    }
}
