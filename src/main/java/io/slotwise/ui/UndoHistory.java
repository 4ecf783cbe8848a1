package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.service.PostReversal;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.engine.CalendarSlot;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of every change the user makes: each change remembers the posts and slots it
 * touched as they were before and after; undoing writes the "before" states back through the services.
 * A change whose posts someone else changed since (another member of a team calendar, a script) is not undone
 * (nor redone): that would revert their later work. It is refused with what they did, and forgotten.
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
    private final Supplier<ZoneId> zone;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");

    UndoHistory(Services services, String owner, Supplier<ZoneId> zone) {
        this.services = services;
        this.owner = owner;
        this.zone = zone;
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
        List<PostReversal> back = reversals(c.postsAfter(), c.postsBefore());
        List<SlotReversal> slotsBack = slotReversals(c.slotsAfter(), c.slotsBefore());
        refuseIfChangedSince(c, slotsBack, back, "undo");
        apply(slotsBack, back, true);
        redo.push(c);
        update();
        return c.description();
    }

    String redo() {
        Change c = redo.poll();
        if (c == null) {
            return null;
        }
        List<PostReversal> again = reversals(c.postsBefore(), c.postsAfter());
        List<SlotReversal> slotsAgain = slotReversals(c.slotsBefore(), c.slotsAfter());
        refuseIfChangedSince(c, slotsAgain, again, "redo");
        apply(slotsAgain, again, false);
        undo.push(c);
        update();
        return c.description();
    }

    /**
     * Checked before anything is written (slots are put back before posts): a change refused here is dropped from
     * the history, as it can never apply again. The posts' own transaction checks once more.
     */
    private void refuseIfChangedSince(Change c, List<SlotReversal> slots, List<PostReversal> posts, String what) {
        Optional<String> why = Optional.empty();
        for (SlotReversal s : slots) {
            why = why.or(() -> services.slots().whyNotPutBack(owner, s.id(), s.asLeft()));
        }
        if (why.isEmpty() && !posts.isEmpty()) {
            why = services.posts().whyNotPutBack(owner, posts, zone.get());
        }
        if (why.isPresent()) {
            update();
            throw ServiceException.conflict("Can't " + what + " " + c.description() + ": "
                    + Character.toLowerCase(why.get().charAt(0)) + why.get().substring(1));
        }
    }

    /** Each post of a change: as this app left it ({@code from}), and what to put back ({@code to}). */
    private static List<PostReversal> reversals(List<PostState> from, List<PostState> to) {
        Map<String, Post> left = new LinkedHashMap<>();
        from.forEach(p -> left.put(p.id(), p.post()));
        Map<String, Post> back = new LinkedHashMap<>();
        to.forEach(p -> back.put(p.id(), p.post()));
        Set<String> ids = new LinkedHashSet<>(back.keySet());
        ids.addAll(left.keySet());
        List<PostReversal> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(new PostReversal(id, left.get(id), back.get(id))));
        return out;
    }

    /** A slot of a change: as this app left it, and what to put back. */
    private record SlotReversal(String id, CalendarSlot asLeft, CalendarSlot putBack) {
    }

    private static List<SlotReversal> slotReversals(List<SlotState> from, List<SlotState> to) {
        Map<String, CalendarSlot> left = new LinkedHashMap<>();
        from.forEach(s -> left.put(s.id(), s.slot()));
        List<SlotReversal> out = new ArrayList<>(to.size());
        to.forEach(s -> out.add(new SlotReversal(s.id(), left.get(s.id()), s.slot())));
        return out;
    }

    private void apply(List<SlotReversal> slots, List<PostReversal> posts, boolean undoing) {
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

    private void restore(SlotReversal s) {
        services.slots().putBack(owner, s.id(), s.asLeft(), s.putBack());
    }

    /** All of a change's posts in one transaction: undoing an import of thousands takes a moment, not minutes. */
    private void restore(List<PostReversal> posts) {
        services.posts().putBack(owner, posts, zone.get());
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
