package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.SlotQuery;
import io.slotwise.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled posts, as the vendors' APIs see them: submitting a post to go out (now, at a time, or in
 * the next free slot), one text to several platforms, and getting, listing, changing and deleting the
 * posts that are scheduled and not yet with their publisher.
 */
public final class ScheduleService {

    public static final String SCHEDULE_NOT_FOUND = "Schedule not found";
    public static final String POST_NOT_FOUND = "Post not found";
    public static final String GROUP_HANDED_OFF = "The post has gone to its publisher, so it can no longer be "
            + "changed or deleted";

    private final Workspace ws;
    private final PostService posts;

    public ScheduleService(Workspace ws, PostService posts) {
        this.ws = ws;
        this.posts = posts;
    }

    // ---- submitting ----

    /**
     * Publishing a post (Blotato's POST /v2/posts): at its time, in the next free slot, or — with
     * neither — now, which hands it to the publisher at once.
     */
    public Post submit(String ownerId, PostSubmission submission) {
        return ws.write(ownerId, (tx, plan) -> {
            posts.checkDraft(tx, ownerId, submission.draft());
            Post draft = posts.newPost(ownerId, submission.draft());
            Post post;
            if (submission.nextFreeSlot()) {
                post = draft.placed(nextFreeFor(tx, plan, draft, null, "useNextFreeSlot"), ws.now());
            } else if (submission.scheduledTime() != null) {
                post = draft.scheduledAt(submission.scheduledTime(), ws.now());
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
    public List<Post> submitToPlatforms(String ownerId, CrossPost crossPost) {
        return ws.write(ownerId, (tx, plan) -> {
            List<Post> out = new ArrayList<>();
            Placement shared = null;
            for (Platform platform : crossPost.platforms()) {
                Account account = AccountService.defaultFor(tx, ws, ownerId, platform);
                Post draft = posts.newPost(ownerId, new DraftInput(platform, account.id(), null, crossPost.content(), null,
                        java.util.Set.of()));
                Post post;
                if (crossPost.slotGroup() != null) {
                    // One Ayrshare post to several platforms goes out at one time: its copies share the
                    // occurrence the first one found, where the slot takes them.
                    Placement p = shared != null && fitsShared(plan, shared, draft) ? shared
                            : nextFreeFor(tx, plan, draft, crossPost.slotGroup(), "autoSchedule");
                    shared = shared == null ? p : shared;
                    post = draft.placed(p, ws.now());
                } else if (crossPost.scheduledTime() != null) {
                    post = draft.scheduledAt(crossPost.scheduledTime(), ws.now());
                } else {
                    post = draft.scheduledAt(ws.now(), ws.now());
                }
                tx.posts().insert(post);
                plan.put(post.planned());
                out.add(post);
            }
            if (out.size() > 1) {
                for (int i = 0; i < out.size(); i++) {
                    tx.crossPosts().insert(out.get(i).id(), out.get(0).id(), i);
                }
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

    // ---- reading ----

    /**
     * Where a submitted post stands (Blotato's GET /v2/posts/:postSubmissionId), whatever its status: 404 unless
     * it is the owner's.
     */
    public SubmittedPost submitted(String ownerId, String postId) {
        return ws.readStore(tx -> {
            Post p = tx.posts().find(postId).filter(x -> x.ownerId().equals(ownerId))
                    .orElseThrow(() -> ServiceException.notFound(POST_NOT_FOUND));
            String lastError = tx.handOffs().find(postId).map(h -> h.lastError()).orElse(null);
            return new SubmittedPost(p, lastError);
        });
    }

    /**
     * One scheduled post (Blotato's GET /schedules/:id): 404 unless it is the owner's, has a time and has
     * not gone to its publisher.
     */
    public Post getScheduled(String ownerId, String postId) {
        return ws.readStore(tx -> scheduled(tx, ownerId, postId));
    }

    /**
     * The owner's future scheduled posts in time order (Blotato's GET /schedules), {@code limit} of them
     * after the cursor the previous page gave (null: from the first); {@code total} counts them all.
     */
    public Page<Post> listScheduled(String ownerId, int limit, Cursor after) {
        Instant afterTime = Instant.EPOCH;
        String afterId = "";
        if (after != null) {
            // A cursor of this list holds a scheduled time.
            afterTime = after.keyAsInstant().orElseThrow(() -> ServiceException.invalid("cursor", Cursor.INVALID));
            afterId = after.id();
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

    /**
     * The posts one request made for several platforms (Ayrshare's GET /api/post/:id), under the id it
     * answered with, or the one post with that id: 404 unless they are the owner's and not drafts.
     */
    public PostGroup getGroup(String ownerId, String id) {
        return ws.readStore(tx -> group(tx, ownerId, id));
    }

    /**
     * The owner's posts with a time created within the last {@code days} days (0: all), as the groups
     * their requests made, newest first; only groups with a post on one of {@code platforms} (all when empty).
     */
    public List<PostGroup> history(String ownerId, int days, java.util.Set<Platform> platforms) {
        return ws.readStore(tx -> {
            Instant since = days == 0 ? Instant.EPOCH : ws.now().minus(java.time.Duration.ofDays(days));
            java.util.Map<String, CrossPostMember> members = new java.util.HashMap<>();
            for (var m : tx.crossPosts().membersOf(ownerId)) {
                members.put(m.postId(), new CrossPostMember(m.groupId(), m.position()));
            }
            java.util.Map<String, List<Post>> groups = new java.util.LinkedHashMap<>();
            for (Post p : tx.posts().createdSince(ownerId, since)) {
                CrossPostMember m = members.get(p.id());
                groups.computeIfAbsent(m == null ? p.id() : m.groupId(), k -> new ArrayList<>()).add(p);
            }
            List<PostGroup> out = new ArrayList<>();
            for (var e : groups.entrySet()) {
                List<Post> posts = new ArrayList<>(e.getValue());
                posts.sort(java.util.Comparator.comparingInt(p -> members.containsKey(p.id())
                        ? members.get(p.id()).position() : 0));
                if (platforms.isEmpty() || posts.stream().anyMatch(p -> platforms.contains(p.platform()))) {
                    out.add(new PostGroup(e.getKey(), posts));
                }
            }
            return out;
        });
    }

    private record CrossPostMember(String groupId, int position) {
    }

    private static PostGroup group(StoreTransaction tx, String ownerId, String id) {
        List<String> ids = tx.crossPosts().postsOf(id);
        List<Post> found = tx.posts().findAll(ids.isEmpty() ? List.of(id) : ids).stream()
                .filter(p -> p.ownerId().equals(ownerId) && p.status().isOnCalendar())
                .sorted(java.util.Comparator.comparingInt(p -> ids.isEmpty() ? 0 : ids.indexOf(p.id())))
                .toList();
        if (found.isEmpty()) {
            throw ServiceException.notFound(POST_NOT_FOUND);
        }
        return new PostGroup(id, found);
    }

    /** A group whose posts may all still be changed or deleted: none has gone to its publisher. */
    private static PostGroup changeableGroup(StoreTransaction tx, String ownerId, String id) {
        PostGroup g = group(tx, ownerId, id);
        if (g.posts().stream().anyMatch(p -> p.status().isHandedOff())) {
            throw ServiceException.invalid("id", GROUP_HANDED_OFF);
        }
        return g;
    }

    /**
     * Changes every post of a group at once (Ayrshare's PUT /api/post): a new time (in the future,
     * {@code timeField} names it), a new text for all of them, or both. Media, accounts and labels stay.
     */
    public PostGroup changeGroup(String ownerId, String id, Instant time, String text, String timeField) {
        if (time == null && text == null) {
            throw new IllegalArgumentException("A change needs a new time, a new text, or both");
        }
        return ws.write(ownerId, (tx, plan) -> {
            if (time != null && !time.isAfter(ws.now())) {
                throw ServiceException.invalid(timeField, PostService.TIME_IN_PAST);
            }
            PostGroup g = changeableGroup(tx, ownerId, id);
            List<Post> out = new ArrayList<>();
            for (Post p : g.posts()) {
                DraftInput draft = text == null ? null : new DraftInput(p.platform(), p.accountId(), p.subaccountId(),
                        new io.slotwise.engine.PostContent(text, p.content().mediaUrls(), p.content().additionalPosts()),
                        p.targetJson(), p.labelIds());
                try {
                    out.add(change(tx, plan, ownerId, p, new ScheduleChange(time, draft)));
                } catch (ServiceException e) {
                    // A lane taken at the new time: the request's time field is at fault.
                    throw "patch".equals(e.field()) ? new ServiceException(e.problem(), e.getMessage(), timeField) : e;
                }
            }
            return new PostGroup(g.id(), out);
        });
    }

    /** Deletes every post of a group (Ayrshare's DELETE /api/post); none may have gone to its publisher. */
    public PostGroup deleteGroup(String ownerId, String id) {
        return ws.write(ownerId, (tx, plan) -> {
            PostGroup g = changeableGroup(tx, ownerId, id);
            for (Post p : g.posts()) {
                tx.posts().delete(p.id());
                plan.remove(p.id());
            }
            return g;
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
                throw ServiceException.unprocessable("patch.scheduledTime", PostService.TIME_IN_PAST);
            }
            return change(tx, plan, ownerId, post, change);
        });
    }

    /** One scheduled post changed within a transaction: its time (already checked), its post, or both. */
    private Post change(StoreTransaction tx, Plan plan, String ownerId, Post post, ScheduleChange change) {
        Instant time = change.scheduledTime();
        Post before = post;
        if (change.draft() != null) {
            DraftInput draft = change.draft();
            posts.checkDraft(tx, ownerId, draft);
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
        PostService.takenPointSlot(plan, post).ifPresent(slotId -> {
            throw ServiceException.unprocessable("patch", PostService.takenMessage(post, slotId));
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
