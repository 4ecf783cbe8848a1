package io.slotwise.ui;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import io.slotwise.engine.Post;
import java.time.Duration;
import java.time.ZoneOffset;

/** A scheduled post on the grid, drawn as a card. */
final class PostEntry extends Entry<Post> {

    /** How tall a card is on the grid; a post is an instant, the card needs room for its text. */
    static final Duration CARD = Duration.ofMinutes(30);

    PostEntry(Post post, boolean offSlot) {
        super(post.content().firstLine().isBlank() ? "(no text)" : post.content().firstLine());
        setId("post-" + post.id());
        setUserObject(post);
        setInterval(new Interval(post.scheduledAt(), post.scheduledAt().plus(CARD), ZoneOffset.UTC));
        getStyleClass().add("post-card");
        if (post.platform() != null) {
            getStyleClass().add(PlatformStyle.styleClass(post.platform()));
        }
        if (offSlot) {
            getStyleClass().add("off-slot");
        }
        getStyleClass().add("status-" + post.status().id());
    }

    Post post() {
        return getUserObject();
    }
}
