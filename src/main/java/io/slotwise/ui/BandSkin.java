package io.slotwise.ui;

import javafx.scene.control.SkinBase;

/** A band holds one canvas with its label and the cards of its posts (see {@link PostCards}). */
final class BandSkin extends SkinBase<BandView> {

    private final PostCards cards;

    BandSkin(BandView view) {
        super(view);
        OccurrenceEntry entry = view.band();
        cards = new PostCards(entry.getTitle(), entry.posts(), entry.notOn(), entry.offSlot(), entry.zone());
        cards.setManaged(false);
        cards.selectedPostProperty().bind(view.selectedPostProperty());
        getChildren().add(cards);
    }

    /**
     * A band holding cards is at least as tall as its label and a row of cards, so that a short one (a point
     * slot's) shows both rather than the cards covering the label.
     */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        if (getSkinnable().band().posts().isEmpty()) {
            return super.computeMinHeight(width, top, right, bottom, left);
        }
        return top + bottom + Math.ceil(CardPainter.titleHeight() + CardGrid.MIN_CARD) + 1;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        cards.relocate(snapPositionX(x), snapPositionY(y));
        cards.layoutCards(snapSizeX(w), snapSizeY(h));
    }
}
