package io.slotwise.ui;

import java.time.Clock;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts: Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo; and, unless a text field has
 * the keys, ← and → for the previous and next page, T for today, Delete for the draft selected in the queue;
 * F9 shows or hides the queue.
 */
final class Shortcuts implements EventHandler<KeyEvent> {

    private final PlanActions actions;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final Runnable deleteSelectedDraft;
    private final Runnable toggleQueue;

    /** Shows or hides the queue (the toolbar's queue button). */
    static final KeyCombination TOGGLE_QUEUE = new KeyCodeCombination(KeyCode.F9);

    Shortcuts(PlanActions actions, PlanCalendar calendar, Clock clock, Runnable deleteSelectedDraft, Runnable toggleQueue) {
        this.actions = actions;
        this.calendar = calendar;
        this.clock = clock;
        this.deleteSelectedDraft = deleteSelectedDraft;
        this.toggleQueue = toggleQueue;
    }

    @Override
    public void handle(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                actions.redo();
            } else {
                actions.undo();
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            actions.redo();
            e.consume();
        } else if (TOGGLE_QUEUE.match(e)) {
            toggleQueue.run();
            e.consume();
        } else if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (e.getCode() == KeyCode.LEFT) {
            calendar.goBack();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            calendar.goForward();
            e.consume();
        } else if (e.getCode() == KeyCode.T) {
            calendar.goToday(clock.instant());
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            deleteSelectedDraft.run();
            e.consume();
        }
    }
}
