package io.slotwise.engine;

/** A post's life cycle, as the vendors name it. Only scheduled and pending-approval posts hold a lane. */
public enum PostStatus {
    DRAFT, SCHEDULED, PENDING_APPROVAL, PUBLISHED, FAILED;

    public boolean holdsLane() {
        return this == SCHEDULED || this == PENDING_APPROVAL;
    }

    /** The vendors' spelling: "draft", "scheduled", "pending_approval", … */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<PostStatus> fromId(String id) {
        for (PostStatus s : values()) {
            if (s.id().equals(id)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
