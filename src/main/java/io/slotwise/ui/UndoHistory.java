package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.service.Services;
import io.slotwise.engine.CalendarSlot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of every change the user makes: each change remembers the posts and slots it
 * touched as they were before and after; undoing writes the "before" states back through the services.
 */
final class UndoHistory {

    /** A post as it was; {@code post} null means it did not exist. */
    record PostState(String id, Post post) {
    }

    /** A slot as it was; {@code slot} null means it did not exist. */
    record SlotState(String id, CalendarSlot slot) {
    }

    record Change(String description, List<PostState> postsBefore, List<PostState> postsAfter,
                  List<SlotState> slotsBefore, List<SlotState> slotsAfter) {
    }

    private final Services services;
    private final String owner;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");

    UndoHistory(Services services, String owner) {
        this.services = services;
        this.owner = owner;
    }

    void record(Change change) {
        undo.push(change);
        redo.clear();
        update();
    }

    /** Forgets every change (the store was replaced: its states no longer apply). */
    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    static Change posts(String description, List<PostState> before, List<PostState> after) {
        return new Change(description, before, after, List.of(), List.of());
    }

    static Change slots(String description, List<SlotState> before, List<SlotState> after,
                        List<PostState> postsBefore, List<PostState> postsAfter) {
        return new Change(description, postsBefore, postsAfter, before, after);
    }

    /** Undoes the latest change; returns what was undone, or null when there is nothing. */
    String undo() {
        Change c = undo.poll();
        if (c == null) {
            return null;
        }
        apply(c.slotsBefore(), c.postsBefore(), true);
        redo.push(c);
        update();
        return c.description();
    }

    String redo() {
        Change c = redo.poll();
        if (c == null) {
            return null;
        }
        apply(c.slotsAfter(), c.postsAfter(), false);
        undo.push(c);
        update();
        return c.description();
    }

    private void apply(List<SlotState> slots, List<PostState> posts, boolean undoing) {
        // Undoing: slots first (a post may go back onto a slot that is being recreated); redoing:
        // posts first (a slot deleted after its posts were unscheduled).
        if (undoing) {
            slots.forEach(this::restore);
            restore(posts);
        } else {
            restore(posts);
            slots.forEach(this::restore);
        }
    }

    private void restore(SlotState s) {
        services.slots().restore(owner, s.id(), s.slot());
    }

    /** All of a change's posts in one transaction: undoing an import of thousands takes a moment, not minutes. */
    private void restore(List<PostState> posts) {
        if (posts.isEmpty()) {
            return;
        }
        services.posts().restoreAll(owner, posts.stream().map(PostState::post).filter(java.util.Objects::nonNull).toList(),
                posts.stream().filter(p -> p.post() == null).map(PostState::id).toList());
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "" : undo.peek().description());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }
}
