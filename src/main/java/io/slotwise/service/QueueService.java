package io.slotwise.service;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Destination;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Placement;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.Plan;
import io.slotwise.engine.SlotQuery;
import io.slotwise.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "Where does this go next": next available slot, Add to queue, and assign-next for a batch. */
public final class QueueService {

    private final Workspace ws;

    public QueueService(Workspace ws) {
        this.ws = ws;
    }

    /** Blotato's next-available: the next open occurrence for a platform, account and subaccount. */
    public Placement nextAvailable(String ownerId, Platform platform, String accountId, String subaccountId) {
        if (platform == null) {
            throw ServiceException.invalid("platform", "platform is required");
        }
        SlotQuery q = new SlotQuery(platform, accountId == null ? null : Destination.of(accountId, subaccountId),
                Set.of(), null);
        return ws.read(ownerId, (tx, plan) -> {
            NextFree next = plan.nextFree(q, SettingsService.read(tx.settings()).slotTimes());
            if (next instanceof NextFree.Found f) {
                return f.placement();
            }
            throw ServiceException.invalid("platform", next instanceof NextFree.NoSlotsConfigured
                    ? NextFree.NO_SLOTS_CONFIGURED : NextFree.NO_AVAILABLE_SLOT);
        });
    }

    /** The desktop's "Add to queue": one draft into its next free slot. */
    public Assignment addToQueue(String ownerId, String postId) {
        return assign(ownerId, List.of(postId)).get(0);
    }

    /** Add to queue of the draft as the user saw it: refused (a failed assignment) when it changed since. */
    public Assignment addToQueue(String ownerId, SeenPost seen) {
        return assignSeen(ownerId, List.of(seen)).get(0);
    }

    /**
     * Queue all of the drafts as the user saw them: those that changed since (another member scheduled, edited or
     * deleted one) fail with what happened; the others are placed as {@link #assign} places them.
     */
    public List<Assignment> assignSeen(String ownerId, List<SeenPost> seen) {
        return ws.write(ownerId, (tx, plan) -> {
            Map<String, Post> now = new HashMap<>();
            tx.posts().findAll(seen.stream().map(SeenPost::id).toList()).forEach(p -> now.put(p.id(), p));
            Map<String, Assignment> refused = new HashMap<>();
            List<String> current = new ArrayList<>();
            for (SeenPost p : seen) {
                StalePost.why(Optional.ofNullable(now.get(p.id())), p.post(), p.zone(), StalePost.SINCE_SEEN)
                        .ifPresentOrElse(why -> refused.put(p.id(), Assignment.failure(p.id(), why)),
                                () -> current.add(p.id()));
            }
            List<Assignment> placed = assign(tx, plan, ownerId, current);
            List<Assignment> results = new ArrayList<>(seen.size());
            int next = 0;
            for (SeenPost p : seen) {
                results.add(refused.containsKey(p.id()) ? refused.get(p.id()) : placed.get(next++));
            }
            return results;
        });
    }

    /**
     * The desktop's "next free slot" for a post already on the calendar: it goes where Add to queue would put
     * it were it a draft, its own lane counting as free. When that is the occurrence it sits on, it stays as
     * it is. A post being sent or published, one without an account, or no free slot is refused with the
     * reason (as a failed assignment) and nothing changes.
     */
    public Assignment moveToNextFree(String ownerId, String postId) {
        return moveToNextFree(ownerId, postId, null);
    }

    /** As {@link #moveToNextFree(String, String)} for the post as the user saw it: refused when it changed since. */
    public Assignment moveToNextFree(String ownerId, SeenPost seen) {
        return moveToNextFree(ownerId, seen.id(), seen);
    }

    private Assignment moveToNextFree(String ownerId, String postId, SeenPost seen) {
        return ws.write(ownerId, (tx, plan) -> {
            Post post = tx.posts().find(postId).orElse(null);
            Optional<String> stale = seen == null ? Optional.empty()
                    : StalePost.why(Optional.ofNullable(post), seen.post(), seen.zone(), StalePost.SINCE_SEEN);
            if (stale.isPresent()) {
                return Assignment.failure(postId, stale.get());
            }
            if (post == null) {
                return Assignment.failure(postId, Assignment.POST_NOT_FOUND);
            }
            if (!post.ownerId().equals(ownerId)) {
                return Assignment.failure(postId, Assignment.ACCESS_DENIED);
            }
            var handedOff = PostService.whyHandedOff(post);
            if (handedOff.isPresent()) {
                return Assignment.failure(postId, handedOff.get());
            }
            if (post.destination() == null || post.platform() == null) {
                return Assignment.failure(postId, Assignment.NEEDS_ACCOUNT);
            }
            PlannedPost was = plan.post(postId).orElse(null);
            plan.remove(postId);
            NextFree next = plan.nextFree(SlotQuery.forPost(post.planned()), SettingsService.read(tx.settings()).slotTimes());
            if (!(next instanceof NextFree.Found found)) {
                if (was != null) {
                    plan.put(was);
                }
                return Assignment.failure(postId, Assignment.NO_AVAILABLE_SLOT);
            }
            Placement at = found.placement();
            if (post.holdsLane() && at.slotId().equals(post.slotId()) && at.occurrence().contains(post.scheduledAt())) {
                plan.put(was != null ? was : post.planned());
                return Assignment.success(post.planned(),
                        new Placement(post.slotId(), at.occurrence(), post.scheduledAt()));
            }
            Post moved = post.placed(at, ws.now());
            tx.posts().update(moved);
            plan.put(moved.planned());
            return Assignment.success(moved.planned(), at);
        });
    }

    /**
     * Places drafts in request order, each in its next free slot, earlier ones taking their lanes
     * first. One transaction: every success is written, or (if the write fails) none is.
     */
    public List<Assignment> assign(String ownerId, List<String> postIds) {
        return ws.write(ownerId, (tx, plan) -> assign(tx, plan, ownerId, postIds));
    }

    private List<Assignment> assign(StoreTransaction tx, Plan plan, String ownerId, List<String> postIds) {
        // Only what the engine reads: no content is decoded for a batch.
        Map<String, PlannedPost> found = new HashMap<>();
        for (PlannedPost p : tx.plannedPosts().planned(postIds)) {
            found.put(p.id(), p);
        }
        // The engine looks posts up in the plan, which holds only posts that take lanes: the others
        // asked for are there for this batch only.
        var times = SettingsService.read(tx.settings()).slotTimes();
        Set<String> visiting = new HashSet<>();
        List<Assignment> results = new ArrayList<>(postIds.size());
        for (String id : postIds) {
            PlannedPost p = found.get(id);
            if (p != null && !p.ownerId().equals(ownerId)) {
                results.add(Assignment.failure(id, Assignment.ACCESS_DENIED));
                continue;
            }
            if (p != null && plan.post(id).isEmpty()) {
                plan.put(p);
                visiting.add(id);
            }
            results.addAll(plan.assignNext(List.of(id), ownerId, times));
        }
        List<PlannedPost> placed = new ArrayList<>();
        List<Instant> occurrenceStarts = new ArrayList<>();
        for (Assignment a : results) {
            if (a.success()) {
                placed.add(a.post());
                occurrenceStarts.add(a.placement().occurrence().start());
                visiting.remove(a.postId());
            }
        }
        visiting.forEach(plan::remove);
        tx.plannedPosts().updatePlacements(placed, occurrenceStarts, ws.now());
        return results;
    }
}
