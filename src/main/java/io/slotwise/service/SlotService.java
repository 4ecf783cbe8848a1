package io.slotwise.service;

import io.slotwise.engine.Interval;
import io.slotwise.engine.Plan;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.store.StoreTransaction;
import io.slotwise.engine.CalendarSlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Slots: list, get, create, change and delete them (Ayrshare's auto-schedules are in AutoScheduleService). */
public final class SlotService {

    public static final String MISSING_ID = "Missing slot ID";
    public static final String NOT_FOUND = "Slot not found";
    public static final String ACCESS_DENIED = "Access denied";
    public static final String FUTURE_CONTENT = "Slot has future scheduled content. Delete the scheduled posts first.";

    private final Workspace ws;

    public SlotService(Workspace ws) {
        this.ws = ws;
    }

    // ---- reading ----

    /** Every slot of the owner, oldest first. */
    public List<CalendarSlot> list(String ownerId) {
        return ws.readStore(tx -> owned(tx.slots().all(), ownerId));
    }

    /**
     * One page of slots (FeedHive), {@code limit} of them after the cursor the previous page gave (null:
     * from the first); a cursor naming no slot of the owner is refused.
     */
    public Page<CalendarSlot> page(String ownerId, int limit, Cursor after) {
        List<CalendarSlot> all = list(ownerId);
        int from = 0;
        if (after != null) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).slot().id().equals(after.id())) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw ServiceException.invalid("cursor", Cursor.INVALID);
            }
        }
        int to = Math.min(all.size(), from + limit);
        List<CalendarSlot> items = all.subList(from, to);
        String next = to < all.size() ? new Cursor("slot", items.get(items.size() - 1).slot().id()).encode() : null;
        return new Page<>(items, all.size(), next);
    }

    /** One slot; FeedHive's 400/404/403. */
    public CalendarSlot get(String ownerId, String slotId) {
        return ws.readStore(tx -> owned(tx, ownerId, slotId));
    }

    // ---- creating ----

    /**
     * A slot made in the desktop app or by FeedHive's API; without a zone it takes the calendar's zone
     * for new slots.
     */
    public CalendarSlot create(String ownerId, SlotSpec spec) {
        return ws.write(ownerId, (tx, plan) -> insert(tx, plan, ownerId, spec));
    }

    /**
     * Several weekly slots at once (Blotato's POST /schedule/slots, weekly in UTC), none at a day and
     * time another such slot of the owner already takes; all are made or none.
     */
    public List<CalendarSlot> createAll(String ownerId, List<SlotSpec> specs) {
        return ws.write(ownerId, (tx, plan) -> {
            Set<String> taken = new TreeSet<>();
            for (CalendarSlot s : owned(tx.slots().all(), ownerId)) {
                taken.add(blotatoKey(s.slot()));
            }
            List<CalendarSlot> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                SlotSpec spec = specs.get(i);
                String key = blotatoKey(spec.recurrence().weekDay(), spec.startTime());
                if (!taken.add(key)) {
                    throw ServiceException.invalid("slots[" + i + "]", "A slot already exists on "
                            + spec.recurrence().weekDay().name().toLowerCase() + " at " + spec.startTime() + " UTC");
                }
                out.add(insert(tx, plan, ownerId, spec, "slots[" + i + "].selectedTargets"));
            }
            return out;
        });
    }

    private static String blotatoKey(Slot s) {
        boolean blotatoShaped = s.isPoint() && s.recurrence().interval() == Interval.WEEKLY
                && s.recurrence().repeatEvery() == 1 && s.zone().normalized().equals(ZoneOffset.UTC);
        return blotatoShaped ? blotatoKey(s.recurrence().weekDay(), s.startTime()) : "other:" + s.id();
    }

    private static String blotatoKey(DayOfWeek day, LocalTime time) {
        return day + "@" + time;
    }

    CalendarSlot insert(StoreTransaction tx, Plan plan, String ownerId, SlotSpec spec) {
        return insert(tx, plan, ownerId, spec, "targets");
    }

    private CalendarSlot insert(StoreTransaction tx, Plan plan, String ownerId, SlotSpec spec, String targetsField) {
        checkReferences(tx, ownerId, spec, targetsField);
        SlotSpec zoned = zoned(tx, spec);
        Slot slot = zoned.toSlot(ws.ids().next("slot"), LocalDate.ofInstant(ws.now(), zoned.zone()));
        CalendarSlot stored = new CalendarSlot(ownerId, slot, ws.now());
        tx.slots().insert(stored, ws.now());
        plan.putSlot(slot);
        return stored;
    }

    /** The spec in its own zone, else in the calendar's zone for new slots. */
    private static SlotSpec zoned(StoreTransaction tx, SlotSpec spec) {
        return spec.zone() != null ? spec : spec.inZone(SettingsService.read(tx.settings()).zoneForNewSlots());
    }

    private void checkReferences(StoreTransaction tx, String ownerId, SlotSpec spec, String targetsField) {
        LabelService.checkOwned(tx, ownerId, spec.labelIds());
        for (int i = 0; i < spec.targets().size(); i++) {
            Target t = spec.targets().get(i);
            if (t.accountId() != null) {
                AccountService.ensure(tx, ws, ownerId, t.platform(), t.accountId(),
                        targetsField + "[" + i + "].accountId");
            }
        }
    }

    // ---- changing ----

    /**
     * Replaces a slot's definition. Posts already scheduled never move; those that no longer sit on an
     * occurrence show as off-slot. The anchor stays unless a start date is set.
     */
    public CalendarSlot update(String ownerId, String slotId, SlotSpec spec) {
        return ws.write(ownerId, (tx, plan) -> replace(tx, plan, ownerId, owned(tx, ownerId, slotId), spec));
    }

    /** The desktop's edit of the slot as the user saw it: refused, nothing written, when it changed since. */
    public CalendarSlot update(String ownerId, Slot seen, SlotSpec spec) {
        return ws.write(ownerId, (tx, plan) -> replace(tx, plan, ownerId, asSeen(tx, ownerId, seen), spec));
    }

    /** Deletes the slot as the user saw it (its future posts unscheduled first, or refused while it has some). */
    public CalendarSlot delete(String ownerId, Slot seen, boolean unscheduleFirst) {
        return ws.write(ownerId, (tx, plan) -> {
            asSeen(tx, ownerId, seen);
            return unscheduleFirst ? removeUnscheduling(tx, plan, ownerId, seen.id()) : removeIfNoFuture(tx, plan, ownerId, seen.id());
        });
    }

    /** The owner's slot while it is as the user saw it; else refused with what someone else did. */
    private static CalendarSlot asSeen(StoreTransaction tx, String ownerId, Slot seen) {
        Optional<CalendarSlot> now = tx.slots().find(seen.id()).filter(s -> s.ownerId().equals(ownerId));
        whyChanged(now, seen, "since you saw it").ifPresent(why -> {
            throw ServiceException.conflict(why);
        });
        return now.orElseThrow();
    }

    /** Why the stored slot ({@code now}) is not {@code expected} (null: absent then), or empty when it is. */
    private static Optional<String> whyChanged(Optional<CalendarSlot> now, Slot expected, String since) {
        if (now.isEmpty()) {
            return expected == null ? Optional.empty() : Optional.of("Someone else deleted this slot " + since);
        }
        if (expected == null) {
            return Optional.of("Someone else made this slot again " + since);
        }
        return now.get().slot().equals(expected) ? Optional.empty()
                : Optional.of("Someone else changed this slot " + since);
    }

    /** Why putting a slot back (undo, redo) would revert someone else's later change, or empty when it would not. */
    public Optional<String> whyNotPutBack(String ownerId, String slotId, CalendarSlot asLeft) {
        return ws.readStore(tx -> whyChanged(tx.slots().find(slotId).filter(s -> s.ownerId().equals(ownerId)),
                asLeft == null ? null : asLeft.slot(), "since your change"));
    }

    /**
     * Undo or redo of this app's change to a slot: put back as {@code snapshot} (null: removed) only while it is
     * still as this app left it ({@code asLeft}, null: absent); else refused with what someone else did.
     */
    public void putBack(String ownerId, String slotId, CalendarSlot asLeft, CalendarSlot snapshot) {
        ws.write(ownerId, (tx, plan) -> {
            whyChanged(tx.slots().find(slotId).filter(s -> s.ownerId().equals(ownerId)),
                    asLeft == null ? null : asLeft.slot(), "since your change").ifPresent(why -> {
                        throw ServiceException.conflict(why);
                    });
            restore(tx, plan, ownerId, slotId, snapshot);
            return null;
        });
    }

    /**
     * Changes a slot in one step (FeedHive's PATCH, where only the fields sent change): {@code change}
     * is given the slot as it is, once it is known to be the owner's, and gives what it becomes. It may
     * refuse by throwing a {@link ServiceException}; then nothing is written.
     */
    public CalendarSlot edit(String ownerId, String slotId, UnaryOperator<SlotSpec> change) {
        return ws.write(ownerId, (tx, plan) -> {
            CalendarSlot old = owned(tx, ownerId, slotId);
            return replace(tx, plan, ownerId, old, change.apply(SlotSpec.of(old.slot())));
        });
    }

    /** Blotato's PATCH: the full list of targets replaces the old one. */
    public CalendarSlot replaceTargets(String ownerId, String slotId, List<Target> targets) {
        return edit(ownerId, slotId, spec -> spec.withTargets(targets));
    }

    CalendarSlot replace(StoreTransaction tx, Plan plan, String ownerId, CalendarSlot old, SlotSpec spec) {
        checkReferences(tx, ownerId, spec, "selectedTargets");
        Slot slot = zoned(tx, spec).toSlot(old.slot().id(), old.slot().anchorDate());
        tx.slots().update(slot, ws.now());
        plan.putSlot(slot);
        return new CalendarSlot(ownerId, slot, old.createdAt());
    }

    // ---- deleting ----

    /**
     * Blotato's rule, and the desktop's default: refused while posts are scheduled in the slot's
     * future; posts linked to its past are unlinked and kept.
     */
    public CalendarSlot delete(String ownerId, String slotId) {
        return ws.write(ownerId, (tx, plan) -> removeIfNoFuture(tx, plan, ownerId, slotId));
    }

    private CalendarSlot removeIfNoFuture(StoreTransaction tx, Plan plan, String ownerId, String slotId) {
        CalendarSlot slot = owned(tx, ownerId, slotId);
        if (!tx.posts().futureOfSlot(slotId, ws.now()).isEmpty()) {
            throw ServiceException.invalid("id", FUTURE_CONTENT);
        }
        return remove(tx, plan, slot);
    }

    /** The desktop's "unschedule those posts and delete": future posts go back to the queue as drafts. */
    public CalendarSlot deleteUnscheduling(String ownerId, String slotId) {
        return ws.write(ownerId, (tx, plan) -> removeUnscheduling(tx, plan, ownerId, slotId));
    }

    private CalendarSlot removeUnscheduling(StoreTransaction tx, Plan plan, String ownerId, String slotId) {
        CalendarSlot slot = owned(tx, ownerId, slotId);
        for (Post p : tx.posts().futureOfSlot(slotId, ws.now())) {
            if (p.status().isHandedOff()) {
                // Already with its publisher: it keeps its time, only the link to the slot goes.
                Post kept = p.unlinked(ws.now());
                tx.posts().updatePlacement(kept);
                plan.put(kept.planned());
                continue;
            }
            Post draft = p.unscheduled(ws.now());
            tx.posts().updatePlacement(draft);
            plan.remove(p.id());
        }
        return remove(tx, plan, slot);
    }

    /**
     * FeedHive's DELETE: removes the definition only; posts already assigned keep their times (they
     * stay scheduled, now by hand, in no slot).
     */
    public CalendarSlot deleteKeepingPosts(String ownerId, String slotId) {
        return ws.write(ownerId, (tx, plan) -> {
            CalendarSlot slot = owned(tx, ownerId, slotId);
            keepFuturePostsUnlinked(tx, plan, slotId);
            return remove(tx, plan, slot);
        });
    }

    /** The slot's future posts stay scheduled at their times, no longer linked to it (placed by hand). */
    void keepFuturePostsUnlinked(StoreTransaction tx, Plan plan, String slotId) {
        for (Post p : tx.posts().futureOfSlot(slotId, ws.now())) {
            Post kept = p.unlinked(ws.now());
            tx.posts().updatePlacement(kept);
            plan.put(kept.planned());
        }
    }

    CalendarSlot remove(StoreTransaction tx, Plan plan, CalendarSlot slot) {
        String id = slot.slot().id();
        tx.posts().unlinkAllButFuture(id, ws.now());
        tx.slots().delete(id);
        plan.removeSlot(id);
        return slot;
    }

    /**
     * Puts a slot back exactly as it was (undo): recreates or rewrites it, or removes it when
     * {@code snapshot} is null (undoing its creation; posts it holds stay where they are).
     */
    public void restore(String ownerId, String slotId, CalendarSlot snapshot) {
        ws.write(ownerId, (tx, plan) -> {
            restore(tx, plan, ownerId, slotId, snapshot);
            return null;
        });
    }

    private void restore(StoreTransaction tx, Plan plan, String ownerId, String slotId, CalendarSlot snapshot) {
        var current = tx.slots().find(slotId);
        if (current.isPresent() && !current.get().ownerId().equals(ownerId)) {
            throw ServiceException.forbidden(ACCESS_DENIED);
        }
        if (snapshot == null) {
            if (current.isPresent()) {
                keepFuturePostsUnlinked(tx, plan, slotId);
                remove(tx, plan, current.get());
            }
            return;
        }
        if (current.isPresent()) {
            tx.slots().update(snapshot.slot(), ws.now());
        } else {
            tx.slots().insert(new CalendarSlot(ownerId, snapshot.slot(), snapshot.createdAt()), snapshot.createdAt());
        }
        plan.putSlot(snapshot.slot());
    }

    // ---- access ----

    static CalendarSlot owned(StoreTransaction tx, String ownerId, String slotId) {
        if (slotId == null || slotId.isBlank()) {
            throw ServiceException.invalid("id", MISSING_ID);
        }
        CalendarSlot s = tx.slots().find(slotId).orElseThrow(() -> ServiceException.notFound(NOT_FOUND));
        if (!s.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden(ACCESS_DENIED);
        }
        return s;
    }

    static List<CalendarSlot> owned(List<CalendarSlot> all, String ownerId) {
        return all.stream().filter(s -> s.ownerId().equals(ownerId))
                .sorted(Comparator.comparing(CalendarSlot::createdAt).thenComparing(s -> s.slot().id())).toList();
    }
}
