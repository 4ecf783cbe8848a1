package io.slotwise.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the cards of a band go: a grid, as many columns as it takes for each card to get at least one row
 * of text (a full 7-lane hour shows seven small cards, a single post a two-row card), below the band's
 * label; in a band too short for both, the cards cover the label rather than vanish.
 */
final class CardGrid {

    private static final double GAP = 2;
    /** One row of card text. */
    static final double MIN_CARD = 13;
    /** Two rows: time and badges above the text. */
    private static final double MAX_CARD = 34;

    private CardGrid() {
    }

    /** The boxes of {@code n} cards in a band of this size whose label is {@code titleHeight} high, in order. */
    static List<Bounds> boxes(int n, double width, double height, double titleHeight) {
        List<Bounds> boxes = new ArrayList<>(n);
        if (n == 0) {
            return boxes;
        }
        double top = titleHeight;
        double room = height - top;
        if (room < MIN_CARD) {
            top = 0;
            room = height;
        }
        int rowsFit = (int) Math.max(1, Math.floor((room + GAP) / (MIN_CARD + GAP)));
        int cols = (n + rowsFit - 1) / rowsFit;
        int rows = (n + cols - 1) / cols;
        double w = Math.max(0, (width - GAP * (cols - 1)) / cols);
        double h = Math.max(0, Math.min(MAX_CARD, (room - GAP * (rows - 1)) / rows));
        for (int i = 0; i < n; i++) {
            boxes.add(new BoundingBox(Math.floor((i / rows) * (w + GAP)), Math.floor(top + (i % rows) * (h + GAP)),
                    Math.floor(w), Math.floor(h)));
        }
        return boxes;
    }
}
