package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * What a click in the window does to the calendar: a crowded band's "+K" opens the list of its other cards, a
 * card is selected (double-click: edited), a band opens its slot, a double-click on free grid time opens a new
 * slot there, and a click elsewhere on the calendar lets the selected card go. The window installs it as its
 * scene's click filter.
 */
final class CalendarClicks {

    /** Opens the new-slot dialog on a day at a time (the end, for a window, is null here). */
    interface NewSlot {
        void open(DayOfWeek day, LocalTime time, LocalTime end);
    }

    private final PlanCalendar calendar;
    private final CardSelection cards;
    private final Node queue;
    private final Node duePanel;
    private final Consumer<Post> edit;
    private final Consumer<BandView> openSlot;
    private final NewSlot newSlot;

    CalendarClicks(PlanCalendar calendar, CardSelection cards, Node queue, Node duePanel, Consumer<Post> edit,
                   Consumer<BandView> openSlot, NewSlot newSlot) {
        this.calendar = calendar;
        this.cards = cards;
        this.queue = queue;
        this.duePanel = duePanel;
        this.edit = edit;
        this.openSlot = openSlot;
        this.newSlot = newSlot;
    }

    void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (calendar.showMore(e.getPickResult())) {
            e.consume(); // a crowded band's "+K": the list of its other cards
            return;
        }
        Optional<Post> card = PostCards.picked(e.getPickResult());
        if (card.isPresent()) {
            // A click selects the card (for its keys), a double-click edits it.
            cards.select(card.get());
            calendar.requestFocus();
            if (e.getClickCount() == 2) {
                edit.accept(card.get());
            }
            e.consume();
            return;
        }
        Node n = e.getPickResult().getIntersectedNode();
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == calendar) {
                // A click on the calendar off the cards lets the selected one go; its keys are the calendar's.
                cards.clear();
                calendar.requestFocus();
            }
            if (x instanceof BandView band) {
                openSlot.accept(band);
                e.consume();
                return;
            }
            if (x == queue || x == duePanel || x instanceof ToolBar) {
                return;
            }
        }
        if (e.getClickCount() == 2) {
            calendar.timeAt(e.getSceneX(), e.getSceneY()).ifPresent(t -> {
                newSlot.open(t.getDayOfWeek(), t.toLocalTime(), null);
                e.consume();
            });
        }
    }

    /** Whether a press is on a band, a card, the queue or the due list: not on empty grid time. */
    boolean onSomething(PickResult pick) {
        if (PostCards.picked(pick).isPresent()) {
            return true;
        }
        for (Node x = pick.getIntersectedNode(); x != null; x = x.getParent()) {
            if (x instanceof BandView || x == queue || x == duePanel) {
                return true;
            }
        }
        return false;
    }

    /** The post whose card (on the grid) or draft (in the queue) the mouse is on. */
    static Post postUnder(PickResult pick) {
        return PostCards.picked(pick).orElseGet(() -> QueuePanel.draftOf(pick.getIntersectedNode()));
    }
}
