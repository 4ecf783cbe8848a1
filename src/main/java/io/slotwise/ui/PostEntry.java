package io.slotwise.ui;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import io.slotwise.engine.Post;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A scheduled post that sits on no slot occurrence, drawn on the grid as a card of its own. */
final class PostEntry extends Entry<Post> {

    /** How tall a card is on the grid; a post is an instant, the card needs room for its text. */
    static final Duration CARD = Duration.ofMinutes(30);

    private final boolean offSlot;
    private final ZoneId zone;

    /** {@code zone}: the display zone its time is written in. */
    PostEntry(Post post, boolean offSlot, ZoneId zone) {
        super(post.content().firstLine().isBlank() ? "(no text)" : post.content().firstLine());
        this.offSlot = offSlot;
        this.zone = zone;
        setId("post-" + post.id());
        setUserObject(post);
        setInterval(new Interval(post.scheduledAt(), post.scheduledAt().plus(CARD), ZoneOffset.UTC));
    }

    Post post() {
        return getUserObject();
    }

    boolean isOffSlot() {
        return offSlot;
    }

    ZoneId zone() {
        return zone;
    }
}
