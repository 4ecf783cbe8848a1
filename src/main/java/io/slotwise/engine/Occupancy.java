package io.slotwise.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lanes are taken (SPEC §4). Posts linked to a slot are filed under the occurrence that
 * contains their time; posts given a time by hand are filed under that instant, because they take a
 * point slot's lane when they sit exactly on its start.
 */
final class Occupancy {

    private final Map<String, Map<Long, List<PlannedPost>>> linked = new HashMap<>();
    private final Map<Instant, List<PlannedPost>> unlinked = new HashMap<>();

    void addLinked(String slotId, long day, PlannedPost post) {
        linked.computeIfAbsent(slotId, k -> new HashMap<>()).computeIfAbsent(day, k -> new ArrayList<>(1)).add(post);
    }

    void removeLinked(String slotId, long day, String postId) {
        Map<Long, List<PlannedPost>> byDay = linked.get(slotId);
        if (byDay == null) {
            return;
        }
        List<PlannedPost> posts = byDay.get(day);
        if (posts != null) {
            posts.removeIf(p -> p.id().equals(postId));
            if (posts.isEmpty()) {
                byDay.remove(day);
            }
        }
    }

    void clearSlot(String slotId) {
        linked.remove(slotId);
    }

    void addUnlinked(PlannedPost post) {
        unlinked.computeIfAbsent(post.scheduledAt(), k -> new ArrayList<>(1)).add(post);
    }

    void removeUnlinked(PlannedPost post) {
        List<PlannedPost> posts = unlinked.get(post.scheduledAt());
        if (posts != null) {
            posts.removeIf(p -> p.id().equals(post.id()));
            if (posts.isEmpty()) {
                unlinked.remove(post.scheduledAt());
            }
        }
    }

    /**
     * Whether the lane of {@code destination} (null: the whole occurrence) is taken on an occurrence
     * of {@code slot}.
     */
    boolean isOccupied(Slot slot, Occurrence occurrence, Destination destination) {
        if (isHeldByLinked(slot.id(), occurrence.date().toEpochDay(), destination)) {
            return true;
        }
        if (slot.isPoint()) {
            List<PlannedPost> atStart = unlinked.get(occurrence.start());
            if (atStart != null) {
                for (PlannedPost p : atStart) {
                    boolean sameLane = destination == null || destination.equals(p.destination());
                    if (sameLane && Eligibility.targets(slot, p.platform(), p.destination())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a post linked to the slot holds the lane of {@code destination} (null: any lane) on the
     * occurrence of {@code day}: enough to call it taken; a free answer still leaves posts placed by hand.
     */
    boolean isHeldByLinked(String slotId, long day, Destination destination) {
        Map<Long, List<PlannedPost>> byDay = linked.get(slotId);
        List<PlannedPost> posts = byDay == null ? null : byDay.get(day);
        if (posts != null) {
            for (PlannedPost p : posts) {
                if (destination == null || destination.equals(p.destination())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The posts linked to one occurrence of a slot. */
    List<PlannedPost> linkedTo(String slotId, long day) {
        Map<Long, List<PlannedPost>> byDay = linked.get(slotId);
        List<PlannedPost> posts = byDay == null ? null : byDay.get(day);
        return posts == null ? List.of() : List.copyOf(posts);
    }
}
