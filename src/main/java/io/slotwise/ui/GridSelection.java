package io.slotwise.ui;

import com.calendarfx.view.WeekDayView;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Dragging down (or up) over empty grid time of one day marks a window and asks for a slot there, as a
 * calendar app makes an event. The presses are taken before CalendarFX sees them: its own "drag to
 * create an entry" would call our entry factory, which makes none, and fail.
 */
final class GridSelection {

    /** Shorter than this is a click (a double click opens a slot at a time), not a window. */
    private static final Duration SHORTEST = Duration.ofMinutes(10);

    private final PlanCalendar calendar;
    private final Pane overlay;
    private final Predicate<PickResult> taken;
    private final BiConsumer<ZonedDateTime, ZonedDateTime> onWindow;
    private final Region marquee = new Region();
    private WeekDayView day;
    private ZonedDateTime from;

    /**
     * @param taken    whether a press is on something else (a band, a card, a draft): those are not empty grid
     * @param onWindow the window marked, start before end, on one day, in the calendar's zone
     */
    GridSelection(Scene scene, PlanCalendar calendar, Pane overlay, Predicate<PickResult> taken,
                  BiConsumer<ZonedDateTime, ZonedDateTime> onWindow) {
        this.calendar = calendar;
        this.overlay = overlay;
        this.taken = taken;
        this.onWindow = onWindow;
        marquee.getStyleClass().add("new-slot-window");
        marquee.setId("new-slot-window");
        marquee.setMouseTransparent(true);
        marquee.setManaged(false);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        from = null;
        if (e.getButton() != MouseButton.PRIMARY || taken.test(e.getPickResult())) {
            return;
        }
        WeekDayView under = dayOf(e.getPickResult().getIntersectedNode());
        if (under == null) {
            return;
        }
        calendar.timeAt(e.getSceneX(), e.getSceneY()).ifPresent(t -> {
            day = under;
            from = t;
            e.consume();
        });
    }

    private void dragged(MouseEvent e) {
        if (from == null) {
            return;
        }
        e.consume();
        Bounds column = overlay.sceneToLocal(day.localToScene(day.getLayoutBounds()));
        Point2D start = overlay.sceneToLocal(day.localToScene(0, day.getLocation(from)));
        double y = overlay.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
        double top = Math.max(column.getMinY(), Math.min(start.getY(), y));
        double bottom = Math.min(column.getMaxY(), Math.max(start.getY(), y));
        marquee.resizeRelocate(column.getMinX() + 2, top, column.getWidth() - 4, Math.max(2, bottom - top));
        if (!overlay.getChildren().contains(marquee)) {
            overlay.getChildren().add(marquee);
        }
    }

    private void released(MouseEvent e) {
        if (from == null) {
            return;
        }
        e.consume();
        overlay.getChildren().remove(marquee);
        ZonedDateTime start = from;
        from = null;
        calendar.timeAt(e.getSceneX(), e.getSceneY())
                .filter(t -> t.toLocalDate().equals(start.toLocalDate()))
                .filter(t -> Duration.between(start, t).abs().compareTo(SHORTEST) >= 0)
                .ifPresent(t -> onWindow.accept(t.isBefore(start) ? t : start, t.isBefore(start) ? start : t));
    }

    private static WeekDayView dayOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof WeekDayView d) {
                return d;
            }
        }
        return null;
    }
}
