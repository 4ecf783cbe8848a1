package io.slotwise.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * A post's life cycle. The first five are the vendors' own; {@link #DUE} and {@link #SENDING} are the
 * hand-off (SPEC §11): what happens to a scheduled post once its time has come.
 *
 * <pre>
 * draft → scheduled ─┬→ due (manual publisher: the user posts it and marks it published) → published
 *                    └→ sending (webhook, with retries) ─┬→ published
 *                                                        └→ failed → (the user retries) → sending
 * </pre>
 */
public enum PostStatus {
    DRAFT,
    SCHEDULED,
    PENDING_APPROVAL,
    /** Its time has come and its account publishes by hand: waiting for the user to mark it published. */
    DUE,
    /** Its time has come and it is being handed to its account's webhook (the first try or a retry). */
    SENDING,
    PUBLISHED,
    /** The hand-off gave up (the webhook refused it, or never took it); kept, shown and retryable. */
    FAILED;

    /**
     * Whether a post with this status holds its lane (SPEC §4): scheduled and pending-approval posts, and
     * a scheduled post on its way to its publisher (due, sending) — still the same scheduled post.
     * Published and failed posts occupy nothing, as the vendors have it; drafts have no time.
     */
    public boolean holdsLane() {
        return this == SCHEDULED || this == PENDING_APPROVAL || this == DUE || this == SENDING;
    }

    /** Has a time on the calendar: every post but a draft (a published or failed one is still shown). */
    public boolean isOnCalendar() {
        return this != DRAFT;
    }

    /** Waiting for its time: what the vendors' APIs list as scheduled. */
    public boolean isUpcoming() {
        return this == SCHEDULED || this == PENDING_APPROVAL;
    }

    /** Handed to its publisher (being sent, or published): it may no longer be moved or sent again. */
    public boolean isHandedOff() {
        return this == SENDING || this == PUBLISHED;
    }

    /** Needs the user: due (publish it by hand) or failed (retry it). */
    public boolean needsAttention() {
        return this == DUE || this == FAILED;
    }

    /** The vendors' spelling: "draft", "scheduled", "pending_approval", … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PostStatus> fromId(String id) {
        for (PostStatus s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
