package io.slotwise.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window is on the desktop and how big, in screen coordinates, and whether it fills its
 * screen (maximized); when maximized, the other numbers are where it goes back to.
 */
record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }

    /** Whether these are numbers a window can have (a hand-edited or half-written file may hold others). */
    boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
