package io.slotwise.ui;

import com.calendarfx.view.DayEntryView;
import javafx.scene.control.Skin;

/**
 * A post that sits on no slot occurrence (dropped on a free time, or off-slot), as its own CalendarFX
 * entry: its {@link PostCard} fills it. Posts on an occurrence are drawn inside the band instead.
 */
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
