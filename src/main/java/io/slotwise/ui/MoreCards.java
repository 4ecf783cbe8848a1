package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The cards a crowded band had no room for, as a list over the calendar, opened from the band's "+K" chip
 * ({@link PlanCalendar#showMore}). Each line shows the post's platform icon, time and first line; like a card,
 * it opens the post when clicked and can be dragged (see {@link PostCards#picked}).
 */
final class MoreCards extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    MoreCards(List<Post> posts, ZoneId zone) {
        getStyleClass().add("more-cards");
        setId("more-cards");
        for (Post p : posts) {
            getChildren().add(new Item(p, zone));
        }
    }

    /** One post of the list. */
    static final class Item extends Label {

        private final Post post;

        Item(Post post, ZoneId zone) {
            super((post.scheduledAt() == null ? "" : TIME.format(post.scheduledAt().atZone(zone)) + "  ")
                    + (post.content().firstLine().isBlank() ? "(no text)" : post.content().firstLine()));
            this.post = post;
            getStyleClass().add("more-card");
            if (post.platform() != null) {
                setGraphic(PlatformStyle.icon(post.platform()));
            }
            setMaxWidth(Double.MAX_VALUE);
            setCursor(Cursor.HAND);
        }

        Post post() {
            return post;
        }
    }
}
