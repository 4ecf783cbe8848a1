package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Lays out a band: its label on top, the cards of its posts below in as many columns as it takes for
 * each to get at least one row of text (a full 7-lane hour shows seven small cards, a single post a
 * two-row card).
 */
final class BandSkin extends SkinBase<BandView> {

    private static final double GAP = 2;
    /** One row of card text. */
    private static final double MIN_CARD = 15;
    /** Two rows: time and badges above the text. */
    private static final double MAX_CARD = 34;

    private final Text title = new Text();
    private final List<PostCard> cards = new ArrayList<>();
    private final Rectangle clip = new Rectangle();

    BandSkin(BandView view) {
        super(view);
        OccurrenceEntry entry = view.band();
        title.setText(entry.getTitle());
        title.getStyleClass().add("band-title");
        title.setTextOrigin(VPos.TOP);
        title.setManaged(false);
        getChildren().add(title);
        for (Post p : entry.posts()) {
            PostCard card = new PostCard(p, false, entry.zone());
            card.setManaged(false);
            cards.add(card);
        }
        getChildren().addAll(cards);
        // Long target lists and crowded bands end at the band's edge.
        view.setClip(clip);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        BandView view = getSkinnable();
        clip.setWidth(view.getWidth());
        clip.setHeight(view.getHeight());
        title.relocate(x, y);
        if (cards.isEmpty()) {
            return;
        }
        double top = y + title.getLayoutBounds().getHeight() + 1;
        double room = y + h - top;
        if (room < MIN_CARD) {
            // A short band: the cards cover its label rather than vanish.
            top = y;
            room = h;
        }
        int n = cards.size();
        int rowsFit = (int) Math.max(1, Math.floor((room + GAP) / (MIN_CARD + GAP)));
        int cols = (n + rowsFit - 1) / rowsFit;
        int rows = (n + cols - 1) / cols;
        double cardW = Math.max(0, (w - GAP * (cols - 1)) / cols);
        double cardH = Math.max(0, Math.min(MAX_CARD, (room - GAP * (rows - 1)) / rows));
        for (int i = 0; i < n; i++) {
            int col = i / rows;
            int row = i % rows;
            cards.get(i).resizeRelocate(snapPositionX(x + col * (cardW + GAP)), snapPositionY(top + row * (cardH + GAP)),
                    snapSizeX(cardW), snapSizeY(cardH));
        }
    }
}
