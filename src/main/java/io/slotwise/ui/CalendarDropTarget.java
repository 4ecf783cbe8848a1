package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.service.Services;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;

/**
 * Where a dragged post may go: highlights the slot bands that would take it, and carries out the drop on
 * a band, on a free time of the calendar, or back on the queue.
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
        bands = calendar.bands();
        // One question to the service for all bands, not one per band.
        List<Optional<String>> why = services.calendar().whyNot(owner, post,
                bands.stream().map(b -> b.band().occurrence()).toList());
        for (int i = 0; i < bands.size(); i++) {
            bands.get(i).setDrop(why.get(i).isEmpty() ? BandView.Drop.ALLOWED : BandView.Drop.REFUSED);
        }
        notice.info("Drop on a highlighted slot, on any time, or back on the queue to unschedule");
    }

    @Override
    public void dragMoved(Post post, double x, double y) {
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
        Point2D inQueue = queue.sceneToLocal(x, y);
        if (inQueue != null && queue.getLayoutBounds().contains(inQueue)) {
            if (!actions.unschedule(post)) {
                notice.info("It is already in the queue");
            }
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
    }
}
