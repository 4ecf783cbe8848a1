package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Destination;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.SlotQuery;
import io.slotwise.store.StoreTransaction;
import io.slotwise.store.StoredSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Posts: drafts, publishing now or at a time, the list of scheduled posts, and moving them. */
public final class PostService {

    public static final String SCHEDULE_NOT_FOUND = "Schedule not found";
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

    /**
     * Publishing a post (Blotato's POST /v2/posts): at its time, in the next free slot, or — with
     * neither — now, which hands it to the publisher at once.
     */
    public Post submit(String ownerId, PostSubmission req) {
        return ws.write(ownerId, (tx, plan) -> {
            checkDraft(tx, ownerId, req.draft());
            Post draft = newPost(ownerId, req.draft());
            Post post;
            if (req.nextFreeSlot()) {
                post = draft.placed(nextFreeFor(tx, plan, draft, null, "useNextFreeSlot"), ws.now());
            } else if (req.scheduledTime() != null) {
                post = draft.scheduledAt(req.scheduledTime(), ws.now());
            } else {
                post = draft.scheduledAt(ws.now(), ws.now());
            }
            tx.posts().insert(post);
            plan.put(post.planned());
            return post;
        });
    }

    /**
     * One text to several platforms (Ayrshare's POST /api/post): one post per platform, on each
     * platform's default account, at its time, in the next free time of the group of slots (the named
     * auto-schedule), or now.
     */
    public List<Post> submitToPlatforms(String ownerId, CrossPost req) {
        return ws.write(ownerId, (tx, plan) -> {
            List<Post> out = new ArrayList<>();
            Placement shared = null;
            for (Platform platform : req.platforms()) {
                Account account = AccountService.defaultFor(tx, ws, ownerId, platform);
                Post draft = newPost(ownerId, new DraftInput(platform, account.id(), null, req.content(), null,
                        java.util.Set.of()));
                Post post;
                if (req.slotGroup() != null) {
                    // One Ayrshare post to several platforms goes out at one time: its copies share the
                    // occurrence the first one found, where the slot takes them.
                    Placement p = shared != null && fitsShared(plan, shared, draft) ? shared
                            : nextFreeFor(tx, plan, draft, req.slotGroup(), "autoSchedule");
                    shared = shared == null ? p : shared;
                    post = draft.placed(p, ws.now());
                } else if (req.scheduledTime() != null) {
                    post = draft.scheduledAt(req.scheduledTime(), ws.now());
                } else {
                    post = draft.scheduledAt(ws.now(), ws.now());
                }
                tx.posts().insert(post);
                plan.put(post.planned());
                out.add(post);
            }
            return out;
        });
    }

    private static boolean fitsShared(Plan plan, Placement shared, Post draft) {
        return plan.slot(shared.slotId())
                .filter(slot -> Eligibility.isEligible(slot, SlotQuery.forPost(draft.planned(), slot.group())))
                .filter(slot -> !slot.hasTargets() || plan.isFree(slot.id(), shared.occurrence(), draft.destination()))
                .isPresent();
    }

    private Placement nextFreeFor(StoreTransaction tx, Plan plan, Post draft, String group, String field) {
        SlotQuery q = SlotQuery.forPost(draft.planned(), group);
        NextFree next = plan.nextFree(q, SettingsService.read(tx.settings()).slotTimes());
        if (next instanceof NextFree.Found f) {
            return f.placement();
        }
        String message = next instanceof NextFree.NoSlotsConfigured ? NextFree.NO_SLOTS_CONFIGURED
                : NextFree.NO_AVAILABLE_SLOT;
        throw ServiceException.invalid(field, message);
    }

    private void checkDraft(StoreTransaction tx, String ownerId, DraftInput input) {
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

    private Post newPost(String ownerId, DraftInput in) {
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
     * One scheduled post (Blotato's GET /schedules/:id): 404 unless it is the owner's, has a time and has
     * not gone to its publisher.
     */
    public Post getScheduled(String ownerId, String postId) {
        return ws.readStore(tx -> scheduled(tx, ownerId, postId));
    }

    /**
     * The owner's future scheduled posts in time order (Blotato's GET /schedules): limit 1–50, default
     * 20; {@code total} counts them all.
     */
    public Page<Post> listScheduled(String ownerId, String limitParam, String cursorParam) {
        int limit = 20;
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam.trim());
            } catch (NumberFormatException e) {
                throw ServiceException.invalid("limit", "limit must be an integer between 1 and 50");
            }
            if (limit < 1 || limit > 50) {
                throw ServiceException.invalid("limit", "limit must be an integer between 1 and 50");
            }
        }
        Instant afterTime = Instant.EPOCH;
        String afterId = "";
        if (cursorParam != null) {
            Cursor c = Cursor.decode(cursorParam).orElse(null);
            Instant t = c == null ? null : c.keyAsInstant().orElse(null);
            if (t == null) {
                throw ServiceException.invalid("cursor", "Invalid cursor");
            }
            afterTime = t;
            afterId = c.id();
        }
        Instant since = afterTime;
        String sinceId = afterId;
        int size = limit;
        return ws.readStore(tx -> {
            Instant now = ws.now();
            List<Post> rows = tx.posts().futurePage(ownerId, now, since, sinceId, size + 1);
            long total = tx.posts().countFuture(ownerId, now);
            List<Post> items = rows.size() > size ? rows.subList(0, size) : rows;
            String next = rows.size() > size
                    ? new Cursor(items.get(items.size() - 1).scheduledAt().toString(), items.get(items.size() - 1).id()).encode()
                    : null;
            return new Page<>(items, total, next);
        });
    }

    // ---- changing ----

    /**
     * Changes a scheduled post (Blotato's PATCH /schedules/:id): a new time (in the future), a whole
     * new post object, or both.
     */
    public Post updateScheduled(String ownerId, String postId, ScheduleChange change) {
        return ws.write(ownerId, (tx, plan) -> {
            Post post = scheduled(tx, ownerId, postId);
            Instant time = change.scheduledTime();
            if (time != null && !time.isAfter(ws.now())) {
                throw ServiceException.unprocessable("patch.scheduledTime", TIME_IN_PAST);
            }
            Post before = post;
            if (change.draft() != null) {
                DraftInput draft = change.draft();
                checkDraft(tx, ownerId, draft);
                post = new Post(post.id(), ownerId, post.status(), draft.platform(), draft.accountId(),
                        draft.subaccountId(), draft.content(), draft.targetJson(), post.labelIds(), post.scheduledAt(),
                        post.slotId(), post.occurrenceStart(), post.createdAt(), ws.now());
            }
            if (time != null || !java.util.Objects.equals(before.destination(), post.destination())) {
                // Judged without the post itself: it may stay in its own lane. A refusal reloads the plan.
                plan.remove(before.id());
                post = retimed(plan, post, time != null ? time : post.scheduledAt());
                refuseIfTaken(plan, post);
            }
            tx.posts().update(post);
            plan.put(post.planned());
            return post;
        });
    }

    /**
     * A post given a new time keeps its slot only if the time still lies on one of the slot's
     * occurrences whose lane is its own or free; otherwise it is scheduled by hand, in no slot.
     */
    private Post retimed(Plan plan, Post post, Instant time) {
        if (post.slotId() != null) {
            // The plan no longer holds the post itself, so its own lane counts as free.
            Optional<Occurrence> o = plan.schedule(post.slotId()).flatMap(s -> s.containing(time));
            if (o.isPresent() && plan.isFree(post.slotId(), o.get(), post.destination())) {
                return new Post(post.id(), post.ownerId(), PostStatus.SCHEDULED, post.platform(), post.accountId(),
                        post.subaccountId(), post.content(), post.targetJson(), post.labelIds(), time, post.slotId(),
                        o.get().start(), post.createdAt(), ws.now());
            }
        }
        return post.scheduledAt(time, ws.now());
    }

    /**
     * A post given a time by hand at the exact start of a point slot's occurrence holds that slot's lane
     * for its account (SPEC §4); when another post already holds it, the change is refused.
     */
    private void refuseIfTaken(Plan plan, Post post) {
        takenPointSlot(plan, post).ifPresent(slotId -> {
            throw ServiceException.unprocessable("patch", takenMessage(post, slotId));
        });
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

    /** Replaces a draft's content, account and labels (the whole object, as the documents say). */
    public Post updateDraft(String ownerId, String postId, DraftInput input) {
        return ws.write(ownerId, (tx, plan) -> {
            Post old = owned(tx, ownerId, postId);
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
        return ws.write(ownerId, (tx, plan) -> {
            Post post = owned(tx, ownerId, postId);
            refuseIfHandedOff(post);
            StoredSlot slot = SlotService.owned(tx, ownerId, slotId);
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
        return ws.write(ownerId, (tx, plan) -> {
            Post post = owned(tx, ownerId, postId);
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

    /** Back to the queue as a draft. */
    public Post unschedule(String ownerId, String postId) {
        return ws.write(ownerId, (tx, plan) -> {
            Post old = owned(tx, ownerId, postId);
            refuseIfHandedOff(old);
            Post post = old.unscheduled(ws.now());
            tx.posts().update(post);
            plan.remove(postId);
            return post;
        });
    }

    /** Deletes a post; its lane is free at once. */
    public void delete(String ownerId, String postId) {
        ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, postId);
            tx.posts().delete(postId);
            plan.remove(postId);
            return null;
        });
    }

    /** Blotato's DELETE /schedules/:id: 404 unless it is the owner's scheduled post. */
    public void deleteScheduled(String ownerId, String postId) {
        ws.write(ownerId, (tx, plan) -> {
            scheduled(tx, ownerId, postId);
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
            return null;
        });
    }

    /** These posts where they exist, refusing any of another owner. */
    private static List<PlannedPost> existing(StoreTransaction tx, String ownerId, List<String> ids) {
        List<PlannedPost> out = tx.posts().planned(ids);
        for (PlannedPost p : out) {
            if (!ownerId.equals(p.ownerId())) {
                throw ServiceException.forbidden("Access denied");
            }
        }
        return out;
    }

    private static Post owned(StoreTransaction tx, String ownerId, String postId) {
        Post p = tx.posts().find(postId).orElseThrow(() -> ServiceException.notFound(POST_NOT_FOUND));
        if (!p.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return p;
    }

    /**
     * A post the user can still reschedule: its time is set and it has not gone to its publisher (a due
     * or failed post may get a new time); a post being sent or published is no longer a schedule.
     */
    private static Post scheduled(StoreTransaction tx, String ownerId, String postId) {
        return tx.posts().find(postId)
                .filter(p -> p.ownerId().equals(ownerId) && p.status().isOnCalendar() && !p.status().isHandedOff())
                .orElseThrow(() -> ServiceException.notFound(SCHEDULE_NOT_FOUND));
    }
}
