package io.slotwise.engine;

/** A post's life cycle, as the vendors name it. Only scheduled and pending-approval posts hold a lane. */
public enum PostStatus {
    DRAFT, SCHEDULED, PENDING_APPROVAL, PUBLISHED, FAILED;

    public boolean holdsLane() {
        return this == SCHEDULED || this == PENDING_APPROVAL;
    }
}
