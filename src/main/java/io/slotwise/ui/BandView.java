package io.slotwise.ui;

import com.calendarfx.view.DayEntryView;

/** A slot occurrence band on the grid, styled by CSS as free, full or paused. */
final class BandView extends DayEntryView {

    BandView(OccurrenceEntry entry) {
        super(entry);
        getStyleClass().add("slot-band-view");
        setMinHeightEqualToTitleHeight(false);
    }

    OccurrenceEntry band() {
        return (OccurrenceEntry) getEntry();
    }
}
