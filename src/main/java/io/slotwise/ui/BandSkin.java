package io.slotwise.ui;

import javafx.scene.control.SkinBase;

/** A band holds one canvas with its label and the cards of its posts (see {@link PostCards}). */
final class BandSkin extends SkinBase<BandView> {

    private final PostCards cards;

    BandSkin(BandView view) {
        super(view);
        OccurrenceEntry entry = view.band();
        cards = new PostCards(entry.getTitle(), entry.posts(), entry.zone());
        cards.setManaged(false);
        cards.selectedPostProperty().bind(view.selectedPostProperty());
        getChildren().add(cards);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        cards.relocate(snapPositionX(x), snapPositionY(y));
        cards.layoutCards(snapSizeX(w), snapSizeY(h));
    }
}
