package io.slotwise.ui;

import javafx.geometry.VPos;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** Lays out a band: its label on top, the cards of its posts below (drawn, see {@link PostCards}). */
final class BandSkin extends SkinBase<BandView> {

    private final Text title = new Text();
    private final PostCards cards;
    private final Rectangle clip = new Rectangle();

    BandSkin(BandView view) {
        super(view);
        OccurrenceEntry entry = view.band();
        title.setText(entry.getTitle());
        title.getStyleClass().add("band-title");
        title.setTextOrigin(VPos.TOP);
        title.setManaged(false);
        getChildren().add(title);
        if (entry.posts().isEmpty()) {
            cards = null;
        } else {
            cards = new PostCards(entry.posts(), entry.zone());
            cards.setManaged(false);
            getChildren().add(cards);
        }
        // Long target lists end at the band's edge.
        view.setClip(clip);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        BandView view = getSkinnable();
        clip.setWidth(view.getWidth());
        clip.setHeight(view.getHeight());
        title.relocate(x, y);
        if (cards == null) {
            return;
        }
        double top = y + title.getLayoutBounds().getHeight() + 1;
        double room = y + h - top;
        if (room < PostCards.MIN_CARD) {
            // A short band: the cards cover its label rather than vanish.
            top = y;
            room = h;
        }
        cards.relocate(snapPositionX(x), snapPositionY(top));
        cards.layoutCards(snapSizeX(w), snapSizeY(room));
    }
}
