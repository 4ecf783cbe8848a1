package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * Where a dragged post may go: highlights the slot bands that would take it (on the month page, the days),
 * and carries out the drop on a band, on a free time of the calendar, on a day of the month, or back on the
 * queue.
 */
final class CalendarDropTarget implements DragController.Target {

    private final Services services;
    private final String owner;
    private final PlanCalendar calendar;
    private final QueuePanel queue;
    private final PlanActions actions;
    private final Notice notice;
    /** The bands on the grid when the drag started, and the one under the pointer. */
    private List<BandView> bands = List.of();
    private BandView hovered;
    /** On the month page: the day cells when the drag started. */
    private Map<LocalDate, Node> days = Map.of();

    CalendarDropTarget(Services services, String owner, PlanCalendar calendar, QueuePanel queue, PlanActions actions,
            Notice notice) {
        this.services = services;
        this.owner = owner;
        this.calendar = calendar;
        this.queue = queue;
        this.actions = actions;
        this.notice = notice;
    }

    @Override
    public void dragStarted(Post post) {
        if (actions.whyNotNow() != null) {
            notice.error(actions.whyNotNow());
            return;
        }
        try {
            highlight(post);
        } catch (ServiceException e) {
            notice.error(e.getMessage()); // the team calendar went out of reach: the drop will say so too
        }
    }

    private void highlight(Post post) {
        if (calendar.getMode() == PlanCalendar.Mode.MONTH) {
            monthDragStarted(post);
            return;
        }
        bands = calendar.bands();
        // One question to the service for all bands, not one per band.
        List<Optional<String>> why = services.calendar().whyNot(owner, post,
                bands.stream().map(b -> b.band().occurrence()).toList());
        for (int i = 0; i < bands.size(); i++) {
            bands.get(i).setDrop(why.get(i).isEmpty() ? BandView.Drop.ALLOWED : BandView.Drop.REFUSED);
        }
        notice.info("Drop on a highlighted slot, on any time, or back on the queue to unschedule");
    }

    /** The month: the days the post may go to light up (one question to the service for all of them). */
    private void monthDragStarted(Post post) {
        days = calendar.monthDays().cells();
        List<LocalDate> dates = List.copyOf(days.keySet());
        List<Optional<String>> why = services.calendar().whyNotOn(owner, post, dates, calendar.getZone());
        for (int i = 0; i < dates.size(); i++) {
            if (why.get(i).isEmpty()) {
                calendar.monthDays().allow(days.get(dates.get(i)));
            }
        }
        notice.info(post.scheduledAt() == null
                ? "Drop on a highlighted day for its next free slot, or back on the queue"
                : "Drop on another day to keep its time of day, or back on the queue to unschedule");
    }

    @Override
    public void dragMoved(Post post, double x, double y) {
        if (!days.isEmpty()) {
            calendar.monthDays().hover(calendar.dayAt(x, y).map(days::get).orElse(null));
            return;
        }
        BandView under = calendar.bandAt(x, y).orElse(null);
        if (under != hovered) {
            if (hovered != null) {
                hovered.setDropHover(false);
            }
            if (under != null) {
                under.setDropHover(true);
            }
            hovered = under;
        }
    }

    @Override
    public void dropped(Post post, double x, double y) {
        if (actions.whyNotNow() != null) {
            notice.error(actions.whyNotNow());
            return;
        }
        Point2D inQueue = queue.sceneToLocal(x, y);
        if (inQueue != null && queue.getLayoutBounds().contains(inQueue)) {
            if (!actions.unschedule(post)) {
                notice.info("It is already in the queue");
            }
            return;
        }
        Optional<LocalDate> day = calendar.dayAt(x, y);
        if (day.isPresent()) {
            actions.dropOnDay(post, day.get());
            return;
        }
        Optional<BandView> band = calendar.bandAt(x, y);
        if (band.isPresent()) {
            actions.dropOnOccurrence(post, band.get().band().occurrence());
            return;
        }
        Optional<ZonedDateTime> t = calendar.timeAt(x, y);
        if (t.isPresent()) {
            actions.dropOnTime(post, t.get().toInstant());
        } else {
            notice.info("Dropped outside the calendar: nothing changed");
        }
    }

    @Override
    public void dragEnded() {
        for (BandView b : bands) {
            b.setDrop(BandView.Drop.NONE);
            b.setDropHover(false);
        }
        bands = List.of();
        hovered = null;
        calendar.monthDays().clear();
        days = Map.of();
    }
}
