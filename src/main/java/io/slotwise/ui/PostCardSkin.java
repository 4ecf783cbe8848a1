package io.slotwise.ui;

import javafx.scene.control.SkinBase;

/** A loose post's entry view holds just its card. */
final class PostCardSkin extends SkinBase<PostCardView> {

    private final PostCards card;

    PostCardSkin(PostCardView view) {
        super(view);
        PostEntry entry = view.postEntry();
        card = new PostCards(entry.post(), entry.isOffSlot(), entry.zone());
        card.setManaged(false);
        card.selectedPostProperty().bind(view.selectedPostProperty());
        getChildren().add(card);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        card.relocate(x, y);
        card.layoutCards(w, h);
    }
}
