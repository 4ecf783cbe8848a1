package io.slotwise.ui;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.layout.Region;

/**
 * The edge between the calendar and the queue: dragged, it makes the queue narrower or wider, between
 * {@link QueuePanel#NARROWEST} and as wide as leaves the calendar {@link #CALENDAR_ROOM}.
 */
final class QueueDivider extends Region {

    /** What the queue leaves to the calendar at least, when widened by hand. */
    static final double CALENDAR_ROOM = 480;

    private double pressedAt;
    private double widthThen;

    QueueDivider(DoubleProperty queueWidth) {
        getStyleClass().add("queue-divider");
        setId("queue-divider");
        setCursor(Cursor.H_RESIZE);
        setOnMousePressed(e -> {
            pressedAt = e.getScreenX();
            // The queue as shown: narrower than asked when the window is (see MainWindow).
            widthThen = getParent() instanceof Region beside ? beside.getWidth() - getWidth() : queueWidth.get();
            e.consume();
        });
        setOnMouseDragged(e -> {
            double widest = getScene() == null ? Double.MAX_VALUE : getScene().getWidth() - CALENDAR_ROOM;
            double w = widthThen + pressedAt - e.getScreenX();
            queueWidth.set(Math.max(QueuePanel.NARROWEST, Math.min(w, widest)));
            e.consume();
        });
    }
}
