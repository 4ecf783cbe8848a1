package io.slotwise.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A post with everything the user wrote. {@code targetJson} is the vendor's {@code target} object,
 * kept verbatim as JSON text; the engine never reads it.
 *
 * @param occurrenceStart the start of the slot occurrence the post was placed on, with {@code slotId}
 */
public record Post(
        String id,
        String ownerId,
        PostStatus status,
        Platform platform,
        String accountId,
        String subaccountId,
        PostContent content,
        String targetJson,
        Set<String> labelIds,
        Instant scheduledAt,
        String slotId,
        Instant occurrenceStart,
        Instant createdAt,
        Instant updatedAt) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
        if (status.holdsLane() && scheduledAt == null) {
            throw new IllegalArgumentException("a " + status + " post needs a scheduled time");
        }
        if (slotId == null && occurrenceStart != null) {
            throw new IllegalArgumentException("an occurrence needs its slot");
        }
        if (accountId != null && platform == null) {
            throw new IllegalArgumentException("a post with an account needs a platform");
        }
    }

    /** Whether its status lets it hold a lane: any post given a time, not a draft. */
    public boolean holdsLane() {
        return status.holdsLane();
    }

    public Destination destination() {
        return accountId == null ? null : Destination.of(accountId, subaccountId);
    }

    /** The fields the engine plans with. */
    public PlannedPost planned() {
        return new PlannedPost(id, ownerId, status, platform, destination(), labelIds, scheduledAt, slotId);
    }

    public Post withStatus(PostStatus newStatus, Instant now) {
        return new Post(id, ownerId, newStatus, platform, accountId, subaccountId, content, targetJson, labelIds,
                scheduledAt, slotId, occurrenceStart, createdAt, now);
    }

    /** Scheduled on a slot occurrence. */
    public Post placed(Placement placement, Instant now) {
        return new Post(id, ownerId, PostStatus.SCHEDULED, platform, accountId, subaccountId, content, targetJson,
                labelIds, placement.scheduledAt(), placement.slotId(), placement.occurrence().start(), createdAt, now);
    }

    /** Scheduled at a time given by hand, in no slot. */
    public Post scheduledAt(Instant time, Instant now) {
        return new Post(id, ownerId, PostStatus.SCHEDULED, platform, accountId, subaccountId, content, targetJson,
                labelIds, time, null, null, createdAt, now);
    }

    /** Back to the queue as a draft, with no time and no slot. */
    public Post unscheduled(Instant now) {
        return new Post(id, ownerId, PostStatus.DRAFT, platform, accountId, subaccountId, content, targetJson,
                labelIds, null, null, null, createdAt, now);
    }

    /** Kept where it is, but no longer linked to its slot (the slot went away). */
    public Post unlinked(Instant now) {
        return new Post(id, ownerId, status, platform, accountId, subaccountId, content, targetJson, labelIds,
                scheduledAt, null, null, createdAt, now);
    }
}
