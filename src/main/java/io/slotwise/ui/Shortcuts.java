package io.slotwise.ui;

import static io.slotwise.ui.Shortcut.key;
import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import io.slotwise.engine.Post;
import io.slotwise.ui.Shortcut.Group;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts, defined once: {@link #all()} is both what the window answers (this is its
 * scene's key filter) and what Help → Keyboard shortcuts lists. Every action of the queue and of a selected
 * card has keys. Keys without Ctrl/Cmd are the text field's while one has the focus; ↑/↓ are the list's or
 * the combo box's that has it; with the focus in the queue, Enter and Delete act on its draft, else on the
 * selected card.
 */
final class Shortcuts implements EventHandler<KeyEvent> {

    private final PlanActions actions;
    private final PlanCalendar calendar;
    private final CardSelection cards;
    private final QueuePanel queue;
    private final Notice notice;
    private final List<Shortcut> all = new ArrayList<>();

    /** Shows or hides the queue (also the toolbar's queue button, whose tooltip names it). */
    static final KeyCombination TOGGLE_QUEUE = new KeyCodeCombination(KeyCode.F9);

    /**
     * @param edit      opens a post's edit dialog
     * @param showHelp     opens the list of these shortcuts
     * @param toggleQueue  shows or hides the queue
     */
    Shortcuts(PlanActions actions, PlanCalendar calendar, CardSelection cards, QueuePanel queue, Notice notice,
              Clock clock, Consumer<Post> edit, Runnable showHelp, Runnable toggleQueue) {
        this.actions = actions;
        this.calendar = calendar;
        this.cards = cards;
        this.queue = queue;
        this.notice = notice;

        Predicate<Node> always = focus -> true;
        Predicate<Node> arrowsFree = focus -> !inside(focus, ListView.class) && !inside(focus, ComboBoxBase.class);
        Predicate<Node> onCard = focus -> cards.selected() != null && !inQueue(focus);
        Predicate<Node> inDraftList = focus -> inside(focus, queue.list());

        add(Group.CALENDAR, "Previous day, week or month", always, calendar::goBack, key(KeyCode.LEFT));
        add(Group.CALENDAR, "Next day, week or month", always, calendar::goForward, key(KeyCode.RIGHT));
        add(Group.CALENDAR, "Today", always, () -> calendar.goToday(clock.instant()), key(KeyCode.T));
        add(Group.CALENDAR, "Select the next card (in time order)", arrowsFree, () -> selected(cards.next()),
                key(KeyCode.DOWN));
        add(Group.CALENDAR, "Select the previous card", arrowsFree, () -> selected(cards.previous()),
                key(KeyCode.UP));

        add(Group.CARD, "Edit it", onCard, () -> edit.accept(cards.selected()), key(KeyCode.ENTER));
        add(Group.CARD, "Move it to its next free slot", onCard,
                () -> follow(actions.moveToNextFree(cards.selected())), key(KeyCode.N));
        add(Group.CARD, "Move it to the previous day, same time", onCard,
                () -> follow(actions.moveByDays(cards.selected(), -1)), key(KeyCode.LEFT, ALT_DOWN));
        add(Group.CARD, "Move it to the next day, same time", onCard,
                () -> follow(actions.moveByDays(cards.selected(), 1)), key(KeyCode.RIGHT, ALT_DOWN));
        add(Group.CARD, "Move it back to the queue", onCard, this::unscheduleSelected, key(KeyCode.Q));
        add(Group.CARD, "Delete it (Ctrl+Z brings it back)", onCard, () -> actions.deletePost(cards.selected()),
                key(KeyCode.DELETE), key(KeyCode.BACK_SPACE));
        add(Group.CARD, "Clear the selection", onCard, cards::clear, key(KeyCode.ESCAPE));

        add(Group.QUEUE, "Compose a draft", always, fire(queue.compose), key(KeyCode.N, SHORTCUT_DOWN));
        add(Group.QUEUE, "Edit the draft selected in the list", inDraftList.and(enabled(queue.edit)),
                fire(queue.edit), key(KeyCode.ENTER));
        add(Group.QUEUE, "Add the selected draft to the queue (its next free slot)", enabled(queue.addToQueue),
                fire(queue.addToQueue), key(KeyCode.ENTER, SHORTCUT_DOWN));
        add(Group.QUEUE, "Queue all the drafts shown", enabled(queue.queueAll), fire(queue.queueAll),
                key(KeyCode.ENTER, SHORTCUT_DOWN, SHIFT_DOWN));
        // With no card selected, Delete takes the selected draft from anywhere, as it always has.
        add(Group.QUEUE, "Delete the selected draft",
                enabled(queue.delete).and(focus -> inQueue(focus) || cards.selected() == null),
                fire(queue.delete), key(KeyCode.DELETE), key(KeyCode.BACK_SPACE));

        add(Group.GENERAL, "Undo", always, actions::undo, key(KeyCode.Z, SHORTCUT_DOWN));
        add(Group.GENERAL, "Redo", always, actions::redo, key(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN),
                key(KeyCode.Y, SHORTCUT_DOWN));
        add(Group.GENERAL, "Show or hide the queue", always, toggleQueue, TOGGLE_QUEUE);
        add(Group.GENERAL, "Keyboard shortcuts (this list)", always, showHelp, key(KeyCode.F1),
                key(KeyCode.SLASH, SHORTCUT_DOWN));
    }

    /** Every shortcut, grouped in the help's order. */
    List<Shortcut> all() {
        return List.copyOf(all);
    }

    @Override
    public void handle(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        boolean typing = focus instanceof TextInputControl;
        for (Shortcut s : all) {
            if (s.matches(e) && !(typing && s.isPlain()) && s.applies().test(focus)) {
                e.consume();
                s.action().run();
                return;
            }
        }
    }

    private void add(Group group, String description, Predicate<Node> applies, Runnable action,
                     KeyCombination... keys) {
        all.add(new Shortcut(group, List.of(keys), description, applies, action));
    }

    /**
     * A card selected by the keys: its keys act on it (the focus leaves the queue for the calendar), and the
     * status bar says which it is (the month page draws no ring).
     */
    private void selected(boolean any) {
        Post p = cards.selected();
        if (any && p != null) {
            calendar.requestFocus();
            calendar.reveal(p.scheduledAt().atZone(calendar.getZone()));
            String line = p.content().firstLine().isBlank() ? "(no text)" : p.content().firstLine();
            notice.info("Selected: " + (line.length() > 60 ? line.substring(0, 59) + "…" : line) + " · "
                    + actions.when(p.scheduledAt()) + " (F1 lists what the keys do)");
        }
    }

    /** A card moved by the keys stays selected, and the calendar shows where it went. */
    private void follow(Optional<Post> moved) {
        moved.filter(p -> p.scheduledAt() != null).ifPresent(p -> {
            calendar.scrollTo(p.scheduledAt().atZone(calendar.getZone()));
            cards.select(p);
        });
    }

    private void unscheduleSelected() {
        Post p = cards.selected();
        if (!p.holdsLane()) {
            notice.error("Only a post waiting for its time can go back to the queue; this one is "
                    + p.status().name().toLowerCase());
            return;
        }
        actions.unschedule(p);
    }

    private static Runnable fire(Button button) {
        return button::fire;
    }

    private static Predicate<Node> enabled(Button button) {
        return focus -> !button.isDisabled();
    }

    private boolean inQueue(Node focus) {
        return inside(focus, queue);
    }

    private static boolean inside(Node focus, Node container) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Node focus, Class<?> kind) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (kind.isInstance(n)) {
                return true;
            }
        }
        return false;
    }
}
