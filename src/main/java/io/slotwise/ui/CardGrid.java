package io.slotwise.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the cards of a band go: a grid below the band's label, as many rows as fit (each at least one row of
 * text high) and as many columns as it takes, but no column narrower than a card that shows its platform icon
 * and first words (or, in a band narrower than that, one column as wide as the band). When that is too few
 * places, the last one holds a "+K" chip for the K cards left over, which opens them as a list. A single post
 * gets a two-row card. In a band too short for its label and a row of cards, the cards cover the label rather
 * than vanish (the band view keeps a band that holds cards tall enough for both).
 */
final class CardGrid {

    private static final double GAP = 2;
    /** One row of card text. */
    static final double MIN_CARD = 13;
    /** Two rows: time and badges above the text. */
    private static final double MAX_CARD = 34;
    /** The narrowest card with more beside it: its platform icon and the first words. */
    static final double MIN_WIDTH = 64;

    /** The boxes of the cards shown (the first ones, in order), and the "+K" chip's box for the rest, if any. */
    record Layout(List<Bounds> cards, Bounds more) {

        /** How many cards are shown. */
        int shown() {
            return cards.size();
        }
    }

    private CardGrid() {
    }

    /** Where {@code n} cards go in a band of this size whose label is {@code titleHeight} high. */
    static Layout layout(int n, double width, double height, double titleHeight) {
        List<Bounds> boxes = new ArrayList<>(n);
        if (n == 0) {
            return new Layout(boxes, null);
        }
        double top = titleHeight;
        double room = height - top;
        if (room < MIN_CARD) {
            top = 0;
            room = height;
        }
        int rowsFit = (int) Math.max(1, Math.floor((room + GAP) / (MIN_CARD + GAP)));
        int colsFit = (int) Math.max(1, Math.floor((width + GAP) / (MIN_WIDTH + GAP)));
        int places = Math.min(n, rowsFit * colsFit);
        boolean overflow = places < n;
        int cols = (places + rowsFit - 1) / rowsFit;
        int rows = (places + cols - 1) / cols;
        double w = Math.max(0, (width - GAP * (cols - 1)) / cols);
        double h = Math.max(0, Math.min(MAX_CARD, (room - GAP * (rows - 1)) / rows));
        Bounds more = null;
        for (int i = 0; i < places; i++) {
            Bounds box = new BoundingBox(Math.floor((i / rows) * (w + GAP)), Math.floor(top + (i % rows) * (h + GAP)),
                    Math.floor(w), Math.floor(h));
            if (overflow && i == places - 1) {
                more = box;
            } else {
                boxes.add(box);
            }
        }
        return new Layout(boxes, more);
    }
}
