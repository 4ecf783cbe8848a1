package io.slotwise.ui;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: where it was left, moved and shrunk as needed to be wholly on the screen it
 * was on; or, the first time and when that screen is gone, centred on the primary screen at the window's
 * usual size or the screen's, whichever is smaller. Screens are given by their visual bounds (without task
 * bars and docks), so this is a plain function of numbers.
 */
final class WindowFit {

    /** The size the window opens at on a screen with room for it: the toolbar's labels all show at this width. */
    static final Dimension2D USUAL = new Dimension2D(1600, 960);
    /** The smallest the user may make it, unless the screen is smaller still. */
    static final Dimension2D SMALLEST = new Dimension2D(960, 600);

    private WindowFit() {
    }

    /**
     * @param saved   where the window was left, or null
     * @param screens the visual bounds of every screen, the primary screen first
     */
    static WindowPlace fit(WindowPlace saved, List<Rectangle2D> screens) {
        Rectangle2D home = saved == null || !saved.isUsable() ? null : screenOf(saved.bounds(), screens);
        if (home == null) {
            Rectangle2D primary = screens.get(0);
            double w = Math.min(USUAL.getWidth(), primary.getWidth());
            double h = Math.min(USUAL.getHeight(), primary.getHeight());
            return new WindowPlace(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h, false);
        }
        Dimension2D smallest = smallest(home);
        double w = clamp(saved.width(), smallest.getWidth(), home.getWidth());
        double h = clamp(saved.height(), smallest.getHeight(), home.getHeight());
        return new WindowPlace(clamp(saved.x(), home.getMinX(), home.getMaxX() - w),
                clamp(saved.y(), home.getMinY(), home.getMaxY() - h), w, h, saved.maximized());
    }

    /** The screen that shows most of these bounds; null when none shows any of them (the screen is gone). */
    static Rectangle2D screenOf(Rectangle2D bounds, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double most = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(bounds.getMaxX(), s.getMaxX()) - Math.max(bounds.getMinX(), s.getMinX());
            double h = Math.min(bounds.getMaxY(), s.getMaxY()) - Math.max(bounds.getMinY(), s.getMinY());
            if (w > 0 && h > 0 && w * h > most) {
                most = w * h;
                best = s;
            }
        }
        return best;
    }

    /** The smallest the window may be made on a screen: {@link #SMALLEST}, or the screen if it is smaller. */
    static Dimension2D smallest(Rectangle2D screen) {
        return new Dimension2D(Math.min(SMALLEST.getWidth(), screen.getWidth()),
                Math.min(SMALLEST.getHeight(), screen.getHeight()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
