package io.slotwise.ui;

import javafx.scene.control.SkinBase;

/** A loose post's entry view holds just its card. */
final class PostCardSkin extends SkinBase<PostCardView> {

    PostCardSkin(PostCardView view) {
        super(view);
        PostEntry entry = view.postEntry();
        getChildren().add(new PostCard(entry.post(), entry.isOffSlot(), entry.zone()));
    }
}
