package io.slotwise.ui;

import com.calendarfx.view.DayEntryView;
import io.slotwise.engine.Post;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * A post that sits on no slot occurrence (dropped on a free time, or off-slot), as its own CalendarFX
 * entry: its {@link PostCard} fills it. Posts on an occurrence are drawn inside the band instead.
 */
final class PostCardView extends DayEntryView {

    /** The post selected on the calendar: when it is this one, its card gets a focus ring. */
    private final ObjectProperty<Post> selectedPost = new SimpleObjectProperty<>(this, "selectedPost");

    PostCardView(PostEntry entry) {
        super(entry);
        getStyleClass().add("post-card-view");
    }

    PostEntry postEntry() {
        return (PostEntry) getEntry();
    }

    ObjectProperty<Post> selectedPostProperty() { return selectedPost; }
    Post getSelectedPost() { return selectedPost.get(); }
    void setSelectedPost(Post p) { selectedPost.set(p); }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PostCardSkin(this);
    }
}
