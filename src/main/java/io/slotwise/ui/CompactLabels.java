package io.slotwise.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Buttons that show only their icon when the bar they are on is short of room. The bar has the {@code :compact}
 * pseudo-class then, and slotwise.css gives its {@code .collapsible} buttons {@code -fx-content-display:
 * graphic-only}; their tooltip says what they do. The bar works out when: it is compact when it is narrower
 * than it would need to be with every label shown.
 */
final class CompactLabels {

    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private CompactLabels() {
    }

    /** Marks a button (icon and label) as one that may lose its label; its tooltip carries the label. */
    static <T extends Labeled> T collapsible(T b) {
        b.getStyleClass().add("collapsible");
        if (b.getTooltip() == null) {
            LazyTooltip.install(b, b.textProperty());
        }
        return b;
    }

    /**
     * How much wider these buttons are with their labels than with their icons alone; a little more rather than
     * less, so that a bar just wide enough for its labels does not go back and forth between showing them and not.
     */
    static double labelRoom(List<? extends Labeled> buttons) {
        double room = 0;
        for (Labeled b : buttons) {
            if (b.isManaged() && b.getText() != null && !b.getText().isEmpty()) {
                Text t = new Text(b.getText());
                t.setFont(b.getFont());
                room += Math.ceil(t.getLayoutBounds().getWidth()) + (b.getGraphic() == null ? 0 : b.getGraphicTextGap()) + 2;
            }
        }
        return room;
    }
}
