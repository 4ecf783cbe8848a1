package io.slotwise.ui;

import com.calendarfx.view.DayEntryView;
import javafx.scene.control.Skin;

/** A post's card on the grid: platform colour and icon, first line, thread count, labels. */
final class PostCardView extends DayEntryView {

    PostCardView(PostEntry entry) {
        super(entry);
        getStyleClass().add("post-card-view");
    }

    PostEntry postEntry() {
        return (PostEntry) getEntry();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PostCardSkin(this);
    }
}
