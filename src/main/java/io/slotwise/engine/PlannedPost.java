package io.slotwise.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A post as the plan sees it: who owns it, where it goes, its labels, and when and in which slot it
 * is placed. Content lives elsewhere; the engine never reads it.
 *
 * @param destination null for a draft not yet given an account
 * @param scheduledAt null until the post is given a time
 * @param slotId      the slot it was placed in, or null when it was given a time by hand
 */
public record PlannedPost(
        String id,
        String ownerId,
        PostStatus status,
        Platform platform,
        Destination destination,
        Set<String> labelIds,
        Instant scheduledAt,
        String slotId) {

    public PlannedPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
        if (status.holdsLane() && scheduledAt == null) {
            throw new IllegalArgumentException("a " + status + " post needs a scheduled time");
        }
        if (destination != null && platform == null) {
            throw new IllegalArgumentException("a post with an account needs a platform");
        }
    }

    public static PlannedPost draft(String id, String ownerId, Platform platform, Destination destination,
                                    Set<String> labelIds) {
        return new PlannedPost(id, ownerId, PostStatus.DRAFT, platform, destination, labelIds, null, null);
    }

    /** Whether this post holds a lane: any post given a time, not a draft. */
    public boolean holdsLane() {
        return status.holdsLane();
    }

    /** This post scheduled into a slot occurrence. */
    public PlannedPost placedAt(Placement placement) {
        return new PlannedPost(id, ownerId, PostStatus.SCHEDULED, platform, destination, labelIds,
                placement.scheduledAt(), placement.slotId());
    }

    /** This post scheduled at a time chosen by hand, in no slot. */
    public PlannedPost scheduledAt(Instant time) {
        return new PlannedPost(id, ownerId, PostStatus.SCHEDULED, platform, destination, labelIds, time, null);
    }

    /** This post back in the queue as a draft. */
    public PlannedPost unscheduled() {
        return new PlannedPost(id, ownerId, PostStatus.DRAFT, platform, destination, labelIds, null, null);
    }
}
