package io.slotwise.engine;

import java.util.List;

/** What a post says: its text, media URLs (kept verbatim) and the further posts of a thread. */
public record PostContent(String text, List<String> mediaUrls, List<ThreadPost> additionalPosts) {

    public PostContent {
        text = text == null ? "" : text;
        mediaUrls = List.copyOf(mediaUrls == null ? List.of() : mediaUrls);
        additionalPosts = List.copyOf(additionalPosts == null ? List.of() : additionalPosts);
    }

    public static PostContent text(String text) {
        return new PostContent(text, List.of(), List.of());
    }

    /** The first line, as a card on the calendar shows it. */
    public String firstLine() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** How many posts the thread has, this one included. */
    public int threadLength() {
        return 1 + additionalPosts.size();
    }
}
