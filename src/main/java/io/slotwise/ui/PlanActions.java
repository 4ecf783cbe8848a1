package io.slotwise.ui;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.Post;
import io.slotwise.engine.SlotQuery;
import io.slotwise.service.DraftInput;
import io.slotwise.service.SeenPost;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.SlotOccurrence;
import io.slotwise.service.SlotSpec;
import io.slotwise.engine.CalendarSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every change the desktop makes to the plan: it calls the services, records the change for undo,
 * tells the user what happened (or why not), and asks the window to refresh.
 */
final class PlanActions {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final Services services;
    private final String owner;
    private final UndoHistory history;
    private final Notice notice;
    private final Runnable refresh;
    private final Supplier<ZoneId> zone;
    /** Why changes are refused for now (the team calendar is out of reach), or null while they may be made. */
    private Supplier<String> outOfReach = () -> null;

    PlanActions(Services services, String owner, UndoHistory history, Notice notice, Runnable refresh,
                Supplier<ZoneId> zone) {
        this.services = services;
        this.owner = owner;
        this.history = history;
        this.notice = notice;
        this.refresh = refresh;
        this.zone = zone;
    }

    /** While {@code why} answers (the team calendar is out of reach), every change is refused with its answer. */
    void refuseChangesWhile(Supplier<String> why) {
        outOfReach = why;
    }

    /** Why no change may be made now (the team calendar is out of reach), or null when changes may be made. */
    String whyNotNow() {
        return outOfReach.get();
    }

    /** The post as the user sees it now, in the zone they see it in: what a change is based on. */
    SeenPost seen(Post post) {
        return new SeenPost(post, zone.get());
    }

    String when(Instant t) {
        return WHEN.format(t.atZone(zone.get()));
    }

    Optional<Post> createDraft(DraftInput input) {
        return attempt(() -> {
            Post p = services.posts().createDraft(owner, input);
            history.record(UndoHistory.posts("Compose", List.of(new UndoHistory.PostState(p.id(), null)),
                    List.of(state(p))));
            notice.success("Draft added to the queue");
            return p;
        });
    }

    Optional<Post> editDraft(Post old, DraftInput input) {
        return attempt(() -> {
            Post p = services.posts().updateDraft(owner, seen(old), input);
            history.record(UndoHistory.posts("Edit post", List.of(state(old)), List.of(state(p))));
            notice.success("Post saved");
            return p;
        });
    }

    void deletePost(Post post) {
        attempt(() -> {
            services.posts().delete(owner, seen(post));
            history.record(UndoHistory.posts("Delete post", List.of(state(post)),
                    List.of(new UndoHistory.PostState(post.id(), null))));
            notice.info("Post deleted (Ctrl+Z brings it back)");
            return post;
        });
    }

    /** Drop on an occurrence: schedule or reschedule there, or say why not. */
    boolean dropOnOccurrence(Post post, SlotOccurrence target) {
        return attempt(() -> {
            refuseIfStale(post);
            Optional<String> why = services.calendar().whyNot(owner, post, target.slot(), target.occurrence());
            if (why.isPresent()) {
                notice.error("Can't place it there: " + why.get());
                return null;
            }
            Post moved = services.posts().moveToOccurrence(owner, seen(post), target.slot().id(),
                    target.occurrence().start());
            history.record(UndoHistory.posts(post.holdsLane() ? "Reschedule" : "Schedule", List.of(state(post)),
                    List.of(state(moved))));
            notice.success("Scheduled for " + when(moved.scheduledAt()));
            return moved;
        }).isPresent();
    }

    /** Drop on the grid outside any occurrence: that exact time, in no slot. */
    boolean dropOnTime(Post post, Instant time) {
        return attempt(() -> {
            Post moved = services.posts().moveToTime(owner, seen(post), time);
            history.record(UndoHistory.posts("Reschedule", List.of(state(post)), List.of(state(moved))));
            notice.success("Scheduled for " + when(moved.scheduledAt()) + " (not in a slot)");
            return moved;
        }).isPresent();
    }

    /**
     * Drop on a day of the month: a draft takes that day's next free eligible occurrence, a card keeps its
     * time of day (on its slot if the slot has an occurrence then, else in no slot); or say why not.
     */
    boolean dropOnDay(Post post, LocalDate day) {
        ZoneId z = zone.get();
        if (post.scheduledAt() != null && post.scheduledAt().atZone(z).toLocalDate().equals(day)) {
            notice.info("It is already on that day: nothing changed");
            return false;
        }
        return attempt(() -> {
            refuseIfStale(post);
            Optional<String> why = services.calendar().whyNotOn(owner, post, List.of(day), z).get(0);
            if (why.isPresent()) {
                notice.error("Can't place it on " + DAY.format(day) + ": " + why.get());
                return null;
            }
            Post moved = services.posts().moveToDay(owner, seen(post), day);
            history.record(UndoHistory.posts(post.holdsLane() ? "Reschedule" : "Schedule", List.of(state(post)),
                    List.of(state(moved))));
            notice.success("Scheduled for " + when(moved.scheduledAt()) + (moved.slotId() == null ? " (not in a slot)" : ""));
            return moved;
        }).isPresent();
    }

    boolean unschedule(Post post) {
        if (!post.holdsLane()) {
            return false;
        }
        return attempt(() -> {
            Post draft = services.posts().unschedule(owner, seen(post));
            history.record(UndoHistory.posts("Unschedule", List.of(state(post)), List.of(state(draft))));
            notice.info("Back in the queue");
            return draft;
        }).isPresent();
    }

    /**
     * A post on the calendar to its next free slot: where Add to queue would put it were it a draft (its own
     * lane counts as free), or why not. Returns the post as it now is (where it was, when that is its next
     * free slot already).
     */
    Optional<Post> moveToNextFree(Post post) {
        return attempt(() -> {
            Assignment a = services.queue().moveToNextFree(owner, seen(post));
            if (!a.success()) {
                notice.error("Not moved: " + a.message());
                return null;
            }
            Post placed = services.posts().find(owner, post.id()).orElseThrow();
            if (Objects.equals(placed.scheduledAt(), post.scheduledAt()) && Objects.equals(placed.slotId(), post.slotId())) {
                notice.info("It is in its next free slot already (" + when(placed.scheduledAt()) + ")");
                return placed;
            }
            history.record(UndoHistory.posts("Move to next free slot", List.of(state(post)), List.of(state(placed))));
            notice.success("Moved to its next free slot: " + when(placed.scheduledAt()));
            return placed;
        });
    }

    /**
     * A post on the calendar to another day, at the same time of day in the display zone, as a drop at that
     * time would land: on a slot occurrence there that holds the time and takes the post (its own slot's
     * first), refused with the reason when the ones for its account are taken or past, else at that time in
     * no slot. Returns the post as it now is.
     */
    Optional<Post> moveByDays(Post post, int days) {
        if (post.scheduledAt() == null) {
            return Optional.empty();
        }
        return attempt(() -> {
            refuseIfStale(post);
            return moveByDaysAsSeen(post, days).orElse(null);
        });
    }

    private Optional<Post> moveByDaysAsSeen(Post post, int days) {
        Instant time = post.scheduledAt().atZone(zone.get()).plusDays(days).toInstant();
        List<SlotOccurrence> there = services.calendar()
                .range(owner, time.minus(Duration.ofDays(1)), time.plus(Duration.ofDays(1))).occurrences().stream()
                .filter(o -> o.occurrence().contains(time))
                .sorted(Comparator.comparing((SlotOccurrence o) -> !o.slot().id().equals(post.slotId())))
                .toList();
        List<Optional<String>> why = services.calendar().whyNot(owner, post, there);
        SlotOccurrence target = null;
        for (int i = 0; i < there.size() && target == null; i++) {
            if (why.get(i).isEmpty()) {
                target = there.get(i);
            }
        }
        if (target == null) {
            SlotQuery query = SlotQuery.forPost(post.planned());
            for (int i = 0; i < there.size(); i++) {
                if (Eligibility.isEligible(there.get(i).slot(), query)) {
                    notice.error("Can't move it there: " + why.get(i).orElseThrow());
                    return Optional.empty();
                }
            }
        }
        boolean moved = target != null ? dropOnOccurrence(post, target) : dropOnTime(post, time);
        return moved ? services.posts().find(owner, post.id()) : Optional.empty();
    }

    /** Add to queue: the draft's next free slot. */
    Optional<Post> addToQueue(Post draft) {
        return attempt(() -> {
            Assignment a = services.queue().addToQueue(owner, seen(draft));
            if (!a.success()) {
                notice.error("Not queued: " + a.message());
                return null;
            }
            Post placed = services.posts().find(owner, draft.id()).orElseThrow();
            history.record(UndoHistory.posts("Add to queue", List.of(state(draft)), List.of(state(placed))));
            notice.success("Queued for " + when(placed.scheduledAt()));
            return placed;
        });
    }

    /** Queue all: assign-next over the drafts shown; returns the per-post results. */
    List<Assignment> queueAll(List<Post> drafts) {
        List<Assignment> results = new ArrayList<>();
        attempt(() -> {
            List<Assignment> r = services.queue().assignSeen(owner, drafts.stream().map(this::seen).toList());
            results.addAll(r);
            List<UndoHistory.PostState> before = new ArrayList<>();
            List<UndoHistory.PostState> after = new ArrayList<>();
            for (Assignment a : r) {
                if (a.success()) {
                    drafts.stream().filter(d -> d.id().equals(a.postId())).findFirst()
                            .ifPresent(d -> before.add(state(d)));
                    services.posts().find(owner, a.postId()).ifPresent(p -> after.add(state(p)));
                }
            }
            if (!before.isEmpty()) {
                history.record(UndoHistory.posts("Queue all", before, after));
            }
            long ok = r.stream().filter(Assignment::success).count();
            if (ok == r.size()) {
                notice.success("Queued " + ok + " of " + r.size() + " posts");
            } else {
                notice.error("Queued " + ok + " of " + r.size() + " posts; " + (r.size() - ok) + " could not be placed");
            }
            return r;
        });
        return results;
    }

    Optional<CalendarSlot> createSlot(SlotSpec spec) {
        return attempt(() -> {
            CalendarSlot s = services.slots().create(owner, spec);
            history.record(UndoHistory.slots("New slot", List.of(new UndoHistory.SlotState(s.slot().id(), null)),
                    List.of(new UndoHistory.SlotState(s.slot().id(), s)), List.of(), List.of()));
            notice.success("Slot added");
            return s;
        });
    }

    Optional<CalendarSlot> editSlot(CalendarSlot old, SlotSpec spec) {
        return attempt(() -> {
            CalendarSlot s = services.slots().update(owner, old.slot(), spec);
            history.record(UndoHistory.slots("Edit slot", List.of(new UndoHistory.SlotState(old.slot().id(), old)),
                    List.of(new UndoHistory.SlotState(s.slot().id(), s)), List.of(), List.of()));
            notice.success("Slot saved; posts already scheduled stay where they are");
            return s;
        });
    }

    /**
     * Deletes a slot. With future posts it is refused with the store's reason, unless
     * {@code unscheduleFirst}, which sends those posts back to the queue and deletes it.
     */
    boolean deleteSlot(CalendarSlot slot, boolean unscheduleFirst) {
        return attempt(() -> {
            List<Post> future = services.posts().futureOfSlot(owner, slot.slot().id());
            services.slots().delete(owner, slot.slot(), unscheduleFirst);
            List<UndoHistory.PostState> before = future.stream().map(PlanActions::state).toList();
            List<UndoHistory.PostState> after = new ArrayList<>();
            for (Post p : future) {
                services.posts().find(owner, p.id()).ifPresent(x -> after.add(state(x)));
            }
            history.record(UndoHistory.slots("Delete slot",
                    List.of(new UndoHistory.SlotState(slot.slot().id(), slot)),
                    List.of(new UndoHistory.SlotState(slot.slot().id(), null)), before, after));
            notice.info(unscheduleFirst ? "Slot deleted; its posts are back in the queue" : "Slot deleted");
            return slot;
        }).isPresent();
    }

    void undo() {
        attempt(() -> {
            String what = history.undo();
            notice.info(what == null ? "Nothing to undo" : "Undone: " + what);
            return what;
        });
    }

    void redo() {
        attempt(() -> {
            String what = history.redo();
            notice.info(what == null ? "Nothing to redo" : "Redone: " + what);
            return what;
        });
    }

    /** A change that keeps no undo (settings): refused while out of reach, its refusal shown, the window refreshed. */
    <T> Optional<T> change(Supplier<T> change) {
        return attempt(change);
    }

    /** Before the checks a drop makes on the post: they would answer for a post that is no longer so. */
    private void refuseIfStale(Post post) {
        services.posts().whyStale(owner, seen(post)).ifPresent(why -> {
            throw ServiceException.conflict(why);
        });
    }

    static UndoHistory.PostState state(Post p) {
        return new UndoHistory.PostState(p.id(), p);
    }

    /**
     * Runs a change; a refusal becomes a message, and the window refreshes either way (a post someone else changed
     * then shows as it now is). While the team calendar is out of reach nothing is tried: the view stays as last
     * read, and the user is told why.
     */
    private <T> Optional<T> attempt(Supplier<T> change) {
        String away = outOfReach.get();
        if (away != null) {
            notice.error(away);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(change.get());
        } catch (ServiceException e) {
            notice.error(e.getMessage());
            return Optional.empty();
        } finally {
            refresh.run();
        }
    }
}
