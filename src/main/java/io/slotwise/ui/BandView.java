package io.slotwise.ui;

import com.calendarfx.view.DayEntryView;
import io.slotwise.engine.Post;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;

/**
 * A slot occurrence band on the grid with the cards of its posts, styled by CSS as free, full or paused.
 * While a post is dragged it shows whether the post may be dropped on it, and whether it is under the
 * pointer: as pseudo-classes, which restyle the band alone, where a style class would re-match the CSS
 * of every card inside.
 */
final class BandView extends DayEntryView {

    /** Whether the post being dragged may be dropped here. */
    enum Drop { NONE, ALLOWED, REFUSED }

    private static final PseudoClass DROP_OK = PseudoClass.getPseudoClass("drop-ok");
    private static final PseudoClass DROP_NO = PseudoClass.getPseudoClass("drop-no");
    private static final PseudoClass DROP_HOVER = PseudoClass.getPseudoClass("drop-hover");

    private final ObjectProperty<Drop> drop = new SimpleObjectProperty<>(this, "drop", Drop.NONE) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(DROP_OK, get() == Drop.ALLOWED);
            pseudoClassStateChanged(DROP_NO, get() == Drop.REFUSED);
        }
    };
    private final BooleanProperty dropHover = new SimpleBooleanProperty(this, "dropHover") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(DROP_HOVER, get());
        }
    };

    /** The post selected on the calendar: the card drawn for it in this band gets a focus ring. */
    private final ObjectProperty<Post> selectedPost = new SimpleObjectProperty<>(this, "selectedPost");

    BandView(OccurrenceEntry entry) {
        super(entry);
        getStyleClass().add("slot-band-view");
        setMinHeightEqualToTitleHeight(false);
    }

    OccurrenceEntry band() {
        return (OccurrenceEntry) getEntry();
    }

    ObjectProperty<Drop> dropProperty() { return drop; }
    Drop getDrop() { return drop.get(); }
    void setDrop(Drop d) { drop.set(d); }

    BooleanProperty dropHoverProperty() { return dropHover; }
    boolean isDropHover() { return dropHover.get(); }
    void setDropHover(boolean on) { dropHover.set(on); }

    ObjectProperty<Post> selectedPostProperty() { return selectedPost; }
    Post getSelectedPost() { return selectedPost.get(); }
    void setSelectedPost(Post p) { selectedPost.set(p); }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BandSkin(this);
    }
}
