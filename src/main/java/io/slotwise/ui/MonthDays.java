package io.slotwise.ui;

import com.calendarfx.view.MonthView;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * The day cells of CalendarFX's month view, for drag and drop: which day is under the pointer, and the days
 * a dragged post may go to. Those light up by pseudo-classes on the cells ({@code :drop-ok}, and
 * {@code :drop-hover} for the one under the pointer), styled in {@code slotwise.css}. The cells are
 * CalendarFX's own (style class {@code day}); their dates are asked of the month view.
 */
final class MonthDays {

    static final PseudoClass DROP_OK = PseudoClass.getPseudoClass("drop-ok");
    static final PseudoClass DROP_HOVER = PseudoClass.getPseudoClass("drop-hover");

    private final MonthView month;
    /** The cells marked now, to unmark them after the drag. */
    private final List<Node> marked = new ArrayList<>();
    private Node hovered;

    MonthDays(MonthView month) {
        this.month = month;
    }

    /** The day cells on the page now, by date, in order. */
    Map<LocalDate, Node> cells() {
        Map<LocalDate, Node> out = new LinkedHashMap<>();
        if (month.getScene() == null || month.getSkin() == null) {
            return out;
        }
        for (Node cell : month.lookupAll(".day")) {
            if (cell == month || !cell.getStyleClass().contains("day")) {
                continue;
            }
            Bounds b = cell.getLayoutBounds();
            Point2D centre = month.sceneToLocal(cell.localToScene(b.getCenterX(), b.getCenterY()));
            ZonedDateTime t = centre == null ? null
                    : month.getZonedDateTimeAt(centre.getX(), centre.getY(), month.getZoneId());
            if (t != null) {
                out.put(t.toLocalDate(), cell);
            }
        }
        return out;
    }

    /** The day under a point in scene coordinates; empty off the month's days (or with the month not shown). */
    Optional<LocalDate> dayAt(double sceneX, double sceneY) {
        if (month.getScene() == null || month.getSkin() == null) {
            return Optional.empty();
        }
        Point2D p = month.sceneToLocal(sceneX, sceneY);
        if (p == null || !month.getLayoutBounds().contains(p)) {
            return Optional.empty();
        }
        return Optional.ofNullable(month.getZonedDateTimeAt(p.getX(), p.getY(), month.getZoneId()))
                .map(ZonedDateTime::toLocalDate);
    }

    /** Lights up a day a dragged post may go to. */
    void allow(Node cell) {
        cell.pseudoClassStateChanged(DROP_OK, true);
        marked.add(cell);
    }

    /** Outlines the day under the pointer (none: null). */
    void hover(Node cell) {
        if (hovered != null) {
            hovered.pseudoClassStateChanged(DROP_HOVER, false);
        }
        hovered = cell;
        if (cell != null) {
            cell.pseudoClassStateChanged(DROP_HOVER, true);
        }
    }

    /** Unmarks every day (the drag ended). */
    void clear() {
        hover(null);
        marked.forEach(c -> c.pseudoClassStateChanged(DROP_OK, false));
        marked.clear();
    }
}
