package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Destination;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.SlotQuery;
import io.slotwise.store.StoreTransaction;
import io.slotwise.engine.CalendarSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Posts: drafts, reading them, moving them on the calendar, deleting them, and undo. */
public final class PostService {

    public static final String POST_NOT_FOUND = "Post not found";
    public static final String TIME_IN_PAST = "Scheduled time is in the past";
    public static final String BEING_SENT = "It is being sent to its webhook, so it stays where it is";
    public static final String ALREADY_PUBLISHED = "It has been published, so it stays where it is";
    public static final String HANDED_OFF_SINCE = "It has been handed to its publisher since; "
            + "putting it back would send it a second time";

    private final Workspace ws;

    public PostService(Workspace ws) {
        this.ws = ws;
    }

    // ---- creating ----

    /** A draft in the queue (desktop compose, FeedHive's POST /plan/posts). */
    public Post createDraft(String ownerId, DraftInput input) {
        return ws.write(ownerId, (tx, plan) -> {
            checkDraft(tx, ownerId, input);
            Post p = newPost(ownerId, input);
            tx.posts().insert(p);
            return p;
        });
    }

    /** Where a post goes must be the owner's, or an account the API may add; its labels the owner's. */
    void checkDraft(StoreTransaction tx, String ownerId, DraftInput input) {
        if (input.accountId() != null) {
            if (input.platform() == null) {
                throw ServiceException.invalid("platform", "platform is required with an account");
            }
            Account a = AccountService.ensure(tx, ws, ownerId, input.platform(), input.accountId(), "accountId");
            if (input.subaccountId() != null && a.subaccount(input.subaccountId()).isEmpty() && !a.addedByApi()
                    && !a.subaccounts().isEmpty()) {
                throw ServiceException.invalid("subaccountId", "Account \"" + a.id() + "\" has no subaccount \""
                        + input.subaccountId() + "\"");
            }
        }
        LabelService.checkOwned(tx, ownerId, input.labelIds());
    }

    /** A new draft, not yet stored. */
    Post newPost(String ownerId, DraftInput in) {
        Instant now = ws.now();
        return new Post(ws.ids().next("post"), ownerId, PostStatus.DRAFT, in.platform(), in.accountId(),
                in.subaccountId(), in.content(), in.targetJson(), in.labelIds(), null, null, null, now, now);
    }

    // ---- reading ----

    public Optional<Post> find(String ownerId, String postId) {
        return ws.readStore(tx -> tx.posts().find(postId).filter(p -> p.ownerId().equals(ownerId)));
    }

    /** The owner's drafts, oldest first: the queue. */
    public List<Post> drafts(String ownerId) {
        return ws.readStore(tx -> tx.posts().drafts(ownerId));
    }

    /** Every post with a time in {@code [from, to)}: a calendar week. */
    public List<Post> between(String ownerId, Instant from, Instant to) {
        return ws.readStore(tx -> tx.posts().between(from, to).stream()
                .filter(p -> p.ownerId().equals(ownerId)).toList());
    }

    /** The posts scheduled in a slot's future, in time order. */
    public List<Post> futureOfSlot(String ownerId, String slotId) {
        return ws.readStore(tx -> tx.posts().futureOfSlot(slotId, ws.now()).stream()
                .filter(p -> p.ownerId().equals(ownerId)).toList());
    }

    /** Whether a post sits off its slot's occurrences since the slot changed. */
    public boolean isOffSlot(String ownerId, String postId) {
        return ws.read(ownerId, (tx, plan) -> plan.isOffSlot(postId));
    }

    /**
     * The occurrences of point slots taking this post's account that start exactly at its time: the
     * lanes a post given that time by hand holds (SPEC §4). Empty for a post in a slot or without account.
     */
    static List<Occurrence> pointOccurrencesAt(Plan plan, Post post) {
        List<Occurrence> out = new ArrayList<>();
        if (post.slotId() != null || post.destination() == null || post.scheduledAt() == null) {
            return out;
        }
        for (io.slotwise.engine.Slot slot : plan.slots()) {
            if (!slot.isPoint() || !Eligibility.targets(slot, post.platform(), post.destination())) {
                continue;
            }
            plan.schedule(slot.id()).flatMap(sch -> sch.containing(post.scheduledAt()))
                    .filter(o -> o.start().equals(post.scheduledAt()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The point slot whose lane at a hand-given time another post already holds for this account, if any. */
    static Optional<String> takenPointSlot(Plan plan, Post post) {
        for (Occurrence o : pointOccurrencesAt(plan, post)) {
            if (!plan.isFree(o.slotId(), o, post.destination())) {
                return Optional.of(o.slotId());
            }
        }
        return Optional.empty();
    }

    static String takenMessage(Post post, String slotId) {
        return "That time is already taken for account \"" + post.accountId() + "\" by another post in slot " + slotId;
    }

    // ---- changing ----

    /** Replaces a draft's content, account and labels (the whole object, as the documents say). */
    public Post updateDraft(String ownerId, String postId, DraftInput input) {
        return updateDraft(ownerId, postId, null, input);
    }

    /** The desktop's edit: refused with the reason when the post changed since the user opened it. */
    public Post updateDraft(String ownerId, SeenPost seen, DraftInput input) {
        return updateDraft(ownerId, seen.id(), seen, input);
    }

    private Post updateDraft(String ownerId, String postId, SeenPost seen, DraftInput input) {
        return ws.write(ownerId, (tx, plan) -> {
            Post old = owned(tx, ownerId, postId, seen);
            checkDraft(tx, ownerId, input);
            Post p = new Post(old.id(), ownerId, old.status(), input.platform(), input.accountId(), input.subaccountId(),
                    input.content(), input.targetJson(), input.labelIds(), old.scheduledAt(), old.slotId(),
                    old.occurrenceStart(), old.createdAt(), ws.now());
            tx.posts().update(p);
            plan.put(p.planned());
            return p;
        });
    }

    /**
     * Drops a post on a slot occurrence (drag and drop): the slot must take the post, the occurrence
     * must be in the future and the post's lane free.
     */
    public Post moveToOccurrence(String ownerId, String postId, String slotId, Instant occurrenceStart) {
        return moveToOccurrence(ownerId, postId, null, slotId, occurrenceStart);
    }

    /** A drop on an occurrence of a post as the user saw it: refused with the reason when it changed since. */
    public Post moveToOccurrence(String ownerId, SeenPost seen, String slotId, Instant occurrenceStart) {
        return moveToOccurrence(ownerId, seen.id(), seen, slotId, occurrenceStart);
    }

    private Post moveToOccurrence(String ownerId, String postId, SeenPost seen, String slotId, Instant occurrenceStart) {
        return ws.write(ownerId, (tx, plan) -> {
            Post post = owned(tx, ownerId, postId, seen);
            refuseIfHandedOff(post);
            CalendarSlot slot = SlotService.owned(tx, ownerId, slotId);
            if (post.accountId() == null) {
                throw ServiceException.invalid("accountId", "Choose an account for this post first");
            }
            if (!Eligibility.isEligible(slot.slot(), SlotQuery.forPost(post.planned()))) {
                throw ServiceException.invalid("slotId", slot.slot().active()
                        ? "This slot is not for " + post.platform().id() + " account \"" + post.accountId()
                        + "\" or its labels" : "This slot is paused");
            }
            Occurrence o = OccurrenceSchedule.of(slot.slot()).containing(occurrenceStart)
                    .filter(x -> x.start().equals(occurrenceStart))
                    .orElseThrow(() -> ServiceException.invalid("occurrenceStart", "The slot has no occurrence then"));
            if (!o.start().isAfter(ws.now())) {
                throw ServiceException.invalid("occurrenceStart", "That time is in the past");
            }
            Destination d = post.destination();
            boolean ownLane = post.holdsLane() && slotId.equals(post.slotId()) && o.contains(post.scheduledAt());
            if (!ownLane && !plan.isFree(slotId, o, d)) {
                throw ServiceException.invalid("occurrenceStart", "That slot is already taken for this account");
            }
            Instant time = ownLane ? post.scheduledAt() : o.start();
            Post moved = post.placed(new Placement(slotId, o, time), ws.now());
            tx.posts().update(moved);
            plan.put(moved.planned());
            return moved;
        });
    }

    /** Gives a post an exact time in no slot (dropped on the grid outside any occurrence). */
    public Post moveToTime(String ownerId, String postId, Instant time) {
        return moveToTime(ownerId, postId, null, time);
    }

    /** A drop on free time of a post as the user saw it: refused with the reason when it changed since. */
    public Post moveToTime(String ownerId, SeenPost seen, Instant time) {
        return moveToTime(ownerId, seen.id(), seen, time);
    }

    private Post moveToTime(String ownerId, String postId, SeenPost seen, Instant time) {
        return ws.write(ownerId, (tx, plan) -> {
            Post post = owned(tx, ownerId, postId, seen);
            refuseIfHandedOff(post);
            if (post.accountId() == null) {
                throw ServiceException.invalid("accountId", "Choose an account for this post first");
            }
            if (!time.isAfter(ws.now())) {
                throw ServiceException.invalid("scheduledAt", "That time is in the past");
            }
            Post moved = post.scheduledAt(time, ws.now());
            tx.posts().update(moved);
            plan.put(moved.planned());
            return moved;
        });
    }

    /**
     * Drops a post on a day of the month (drag and drop, {@code day} a date in {@code zone}, the calendar's
     * display zone): a draft takes that day's next free eligible occurrence; a post with a time keeps its time
     * of day, on its slot's occurrence if that holds the new time, else at that time in no slot. Refused with
     * the reason, nothing written.
     */
    public Post moveToDay(String ownerId, String postId, LocalDate day, ZoneId zone) {
        return moveToDay(ownerId, postId, null, day, zone);
    }

    /** A drop on a day of a post as the user saw it (in the zone they saw it in): refused when it changed since. */
    public Post moveToDay(String ownerId, SeenPost seen, LocalDate day) {
        return moveToDay(ownerId, seen.id(), seen, day, seen.zone());
    }

    private Post moveToDay(String ownerId, String postId, SeenPost seen, LocalDate day, ZoneId zone) {
        if (day == null || zone == null) {
            throw ServiceException.invalid("day", "A day and its time zone are required");
        }
        return ws.write(ownerId, (tx, plan) -> {
            Post post = owned(tx, ownerId, postId, seen);
            DayDrop.Landing at = new DayDrop(plan, post, zone, ws.now()).on(List.of(day)).get(0);
            if (at.refusal() != null) {
                throw ServiceException.invalid("day", at.refusal());
            }
            Post moved = at.placement() != null ? post.placed(at.placement(), ws.now())
                    : post.scheduledAt(at.time(), ws.now());
            tx.posts().update(moved);
            plan.put(moved.planned());
            return moved;
        });
    }

    /** Back to the queue as a draft. */
    public Post unschedule(String ownerId, String postId) {
        return unschedule(ownerId, postId, null);
    }

    /** Back to the queue, as the user saw it: refused with the reason when it changed since. */
    public Post unschedule(String ownerId, SeenPost seen) {
        return unschedule(ownerId, seen.id(), seen);
    }

    private Post unschedule(String ownerId, String postId, SeenPost seen) {
        return ws.write(ownerId, (tx, plan) -> {
            Post old = owned(tx, ownerId, postId, seen);
            refuseIfHandedOff(old);
            Post post = old.unscheduled(ws.now());
            tx.posts().update(post);
            plan.remove(postId);
            return post;
        });
    }

    /** Deletes a post; its lane is free at once. */
    public void delete(String ownerId, String postId) {
        delete(ownerId, postId, null);
    }

    /** Deletes the post the user saw: refused with the reason when it changed since (or is gone already). */
    public void delete(String ownerId, SeenPost seen) {
        delete(ownerId, seen.id(), seen);
    }

    private void delete(String ownerId, String postId, SeenPost seen) {
        ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, postId, seen);
            tx.posts().delete(postId);
            plan.remove(postId);
            return null;
        });
    }

    /** Puts a post back exactly as it was (undo), creating it again if it was deleted. */
    public Post restore(String ownerId, Post snapshot) {
        if (!snapshot.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return ws.write(ownerId, (tx, plan) -> {
            Optional<Post> current = tx.posts().find(snapshot.id());
            current.ifPresent(c -> refuseBringingBack(c.status(), snapshot.status()));
            if (current.isPresent()) {
                tx.posts().update(snapshot);
            } else {
                tx.posts().insert(snapshot);
            }
            replan(plan, snapshot);
            return snapshot;
        });
    }

    /**
     * Undo does not take back a hand-off: a post that went to its publisher since stays so (and is not
     * deleted, {@code then} null), or it would be sent again.
     */
    private static void refuseBringingBack(PostStatus now, PostStatus then) {
        if (now.isHandedOff() && (then == null || !then.isHandedOff())) {
            throw ServiceException.invalid("status", HANDED_OFF_SINCE);
        }
    }

    /** The plan keeps the posts that hold a lane; a restored post that holds none leaves it. */
    private static void replan(Plan plan, Post p) {
        if (p.holdsLane()) {
            plan.put(p.planned());
        } else {
            plan.remove(p.id());
        }
    }

    /** A post with its publisher is not moved: moving it back into the future would send it again. */
    static void refuseIfHandedOff(Post p) {
        whyHandedOff(p).ifPresent(message -> {
            throw ServiceException.invalid("status", message);
        });
    }

    static Optional<String> whyHandedOff(Post p) {
        return switch (p.status()) {
            case SENDING -> Optional.of(BEING_SENT);
            case PUBLISHED -> Optional.of(ALREADY_PUBLISHED);
            default -> Optional.empty();
        };
    }

    /**
     * Puts many posts back as they were (undo and redo of a batch such as a CSV import) in one
     * transaction: the snapshots are written back or created again, the posts in {@code goneIds} deleted
     * where they exist.
     */
    public void restoreAll(String ownerId, List<Post> snapshots, java.util.Collection<String> goneIds) {
        for (Post snapshot : snapshots) {
            if (!snapshot.ownerId().equals(ownerId)) {
                throw ServiceException.forbidden("Access denied");
            }
        }
        ws.write(ownerId, (tx, plan) -> {
            restoreAll(tx, plan, ownerId, snapshots, goneIds);
            return null;
        });
    }

    /**
     * Undo or redo of this app's change to these posts, in one transaction: each is put back (or removed, or made
     * again) only if every one of them is still as this app left it. Otherwise nothing is written and the
     * refusal says what someone else did ({@code zone}: the one the user reads times in).
     */
    public void putBack(String ownerId, List<PostReversal> reversals, ZoneId zone) {
        if (reversals.isEmpty()) {
            return;
        }
        List<Post> snapshots = reversals.stream().map(PostReversal::putBack).filter(java.util.Objects::nonNull).toList();
        List<String> gone = reversals.stream().filter(r -> r.putBack() == null).map(PostReversal::postId).toList();
        for (Post snapshot : snapshots) {
            if (!snapshot.ownerId().equals(ownerId)) {
                throw ServiceException.forbidden("Access denied");
            }
        }
        ws.write(ownerId, (tx, plan) -> {
            whyNotPutBack(tx, ownerId, reversals, zone).ifPresent(why -> {
                throw ServiceException.conflict(why);
            });
            restoreAll(tx, plan, ownerId, snapshots, gone);
            return null;
        });
    }

    /** Why an undo or redo of these posts would revert someone else's later change, or empty when it would not. */
    public Optional<String> whyNotPutBack(String ownerId, List<PostReversal> reversals, ZoneId zone) {
        return ws.readStore(tx -> whyNotPutBack(tx, ownerId, reversals, zone));
    }

    private static Optional<String> whyNotPutBack(StoreTransaction tx, String ownerId, List<PostReversal> reversals,
                                                  ZoneId zone) {
        Map<String, Post> now = new HashMap<>();
        for (Post p : tx.posts().findAll(reversals.stream().map(PostReversal::postId).toList())) {
            if (p.ownerId().equals(ownerId)) {
                now.put(p.id(), p);
            }
        }
        for (PostReversal r : reversals) {
            Optional<String> why = StalePost.why(Optional.ofNullable(now.get(r.postId())), r.asLeft(), zone,
                    StalePost.SINCE_CHANGED);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    /** Whether the post is still as the user saw it; if not, what happened to it since. */
    public Optional<String> whyStale(String ownerId, SeenPost seen) {
        return ws.readStore(tx -> StalePost.why(tx.posts().find(seen.id()).filter(p -> p.ownerId().equals(ownerId)),
                seen.post(), seen.zone(), StalePost.SINCE_SEEN));
    }

    private static void restoreAll(StoreTransaction tx, Plan plan, String ownerId, List<Post> snapshots,
                        java.util.Collection<String> goneIds) {
        Map<String, PostStatus> snapshotStatus = new HashMap<>();
        snapshots.forEach(p -> snapshotStatus.put(p.id(), p.status()));
        // As for one post: what went to its publisher since is not brought back, nor deleted.
        List<PlannedPost> goneNow = existing(tx, ownerId, List.copyOf(goneIds));
        List<PlannedPost> thereNow = existing(tx, ownerId, List.copyOf(snapshotStatus.keySet()));
        goneNow.forEach(p -> refuseBringingBack(p.status(), null));
        thereNow.forEach(p -> refuseBringingBack(p.status(), snapshotStatus.get(p.id())));
        List<String> gone = goneNow.stream().map(PlannedPost::id).toList();
        tx.posts().deleteAll(gone);
        gone.forEach(plan::remove);
        Set<String> there = new HashSet<>();
        thereNow.forEach(p -> there.add(p.id()));
        List<Post> missing = new ArrayList<>();
        for (Post snapshot : snapshots) {
            if (there.contains(snapshot.id())) {
                tx.posts().update(snapshot);
            } else {
                missing.add(snapshot);
            }
            replan(plan, snapshot);
        }
        tx.posts().insertAll(missing);
    }

    /** These posts where they exist, refusing any of another owner. */
    private static List<PlannedPost> existing(StoreTransaction tx, String ownerId, List<String> ids) {
        List<PlannedPost> out = tx.plannedPosts().planned(ids);
        for (PlannedPost p : out) {
            if (!ownerId.equals(p.ownerId())) {
                throw ServiceException.forbidden("Access denied");
            }
        }
        return out;
    }

    private static Post owned(StoreTransaction tx, String ownerId, String postId) {
        return owned(tx, ownerId, postId, null);
    }

    /** The owner's post; with {@code seen}, only while it is as the user saw it (else refused with what changed). */
    static Post owned(StoreTransaction tx, String ownerId, String postId, SeenPost seen) {
        Optional<Post> found = tx.posts().find(postId);
        if (found.isPresent() && !found.get().ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        StalePost.refuseIfStale(found, seen);
        Post p = found.orElseThrow(() -> ServiceException.notFound(POST_NOT_FOUND));
        if (!p.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return p;
    }
}
