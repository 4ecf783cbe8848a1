package io.slotwise.service;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Destination;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.SlotQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Where does this go next": next available slot, Add to queue, and assign-next for a batch. */
public final class QueueService {

    public static final String BODY_NOT_OBJECT = "Request body must be a JSON object";
    public static final String POST_IDS_REQUIRED = "post_ids is required";
    public static final String POST_IDS_NOT_ARRAY = "post_ids must be an array";
    public static final String POST_IDS_EMPTY = "post_ids must not be empty";
    public static final String POST_ID_NOT_STRING = "Each post ID must be a string";

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

    /** Blotato's next-available body: {@code {platform, accountId?, subaccountId?}}. */
    public Placement nextAvailable(String ownerId, Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, BODY_NOT_OBJECT);
        }
        Platform platform = m.get("platform") instanceof String p ? Platform.fromId(p).orElse(null) : null;
        if (platform == null) {
            throw ServiceException.invalid("platform", m.get("platform") == null ? "platform is required"
                    : "platform must be one of: " + RequestValues.PLATFORMS);
        }
        for (String field : List.of("accountId", "subaccountId")) {
            if (m.get(field) != null && !(m.get(field) instanceof String)) {
                throw ServiceException.invalid(field, field + " must be a string");
            }
        }
        return nextAvailable(ownerId, platform, (String) m.get("accountId"), (String) m.get("subaccountId"));
    }

    /** The desktop's "Add to queue": one draft into its next free slot. */
    public Assignment addToQueue(String ownerId, String postId) {
        return assign(ownerId, List.of(postId)).get(0);
    }

    /** FeedHive's POST /plan/assign-next body, validated with FeedHive's request messages. */
    public List<Assignment> assignNext(String ownerId, Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, BODY_NOT_OBJECT);
        }
        if (!m.containsKey("post_ids") || m.get("post_ids") == null) {
            throw ServiceException.invalid("post_ids", POST_IDS_REQUIRED);
        }
        if (!(m.get("post_ids") instanceof List<?> list)) {
            throw ServiceException.invalid("post_ids", POST_IDS_NOT_ARRAY);
        }
        if (list.isEmpty()) {
            throw ServiceException.invalid("post_ids", POST_IDS_EMPTY);
        }
        List<String> ids = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof String id)) {
                throw ServiceException.invalid("post_ids", POST_ID_NOT_STRING);
            }
            if (!seen.add(id)) {
                throw ServiceException.invalid("post_ids", "Duplicate post ID \"" + id + "\"");
            }
            ids.add(id);
        }
        return assign(ownerId, ids);
    }

    /**
     * Places drafts in request order, each in its next free slot, earlier ones taking their lanes
     * first. One transaction: every success is written, or (if the write fails) none is.
     */
    public List<Assignment> assign(String ownerId, List<String> postIds) {
        return ws.write(ownerId, (tx, plan) -> {
            // Only what the engine reads: no content is decoded for a batch.
            Map<String, PlannedPost> found = new HashMap<>();
            for (PlannedPost p : tx.posts().planned(postIds)) {
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
            tx.posts().updatePlacements(placed, occurrenceStarts, ws.now());
            return results;
        });
    }
}
