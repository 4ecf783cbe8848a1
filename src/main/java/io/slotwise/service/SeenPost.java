package io.slotwise.service;

import io.slotwise.engine.Post;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A post as the user saw it (a card on the calendar, a draft in the queue) when they acted on it, and the zone they
 * read its time in. A change based on it is refused when the stored post differs (another member of a team
 * calendar, or a script, changed or deleted it since): the user acts on what is there, never blindly.
 */
public record SeenPost(Post post, ZoneId zone) {

    public SeenPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(zone, "zone");
    }

    public String id() {
        return post.id();
    }
}
