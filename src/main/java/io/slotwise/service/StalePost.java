package io.slotwise.service;

import io.slotwise.engine.Post;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a post is still as someone saw it, and if not what happened to it, in the user's words ("Someone else
 * moved this post to Tue 3 Mar 10:00 since you saw it"). The fields the user sees and acts on are compared; the
 * times of creation and last change are not, as they are rounded by the database and say nothing the user saw.
 */
final class StalePost {

    static final String SINCE_SEEN = "since you saw it";
    static final String SINCE_CHANGED = "since your change";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private StalePost() {
    }

    /** Why {@code now} (empty: no longer there) is not {@code seen} (null: not there then), or empty when it is. */
    static Optional<String> why(Optional<Post> now, Post seen, ZoneId zone, String since) {
        if (now.isEmpty()) {
            return seen == null ? Optional.empty() : Optional.of("Someone else deleted this post " + since);
        }
        Post p = now.get();
        if (seen == null) {
            return Optional.of("Someone else made this post again " + since);
        }
        if (sameAsSeen(p, seen)) {
            return Optional.empty();
        }
        if (p.status() != seen.status() && !(p.status().isUpcoming() && seen.status().isUpcoming())) {
            return Optional.of(switch (p.status()) {
                case DRAFT -> "Someone else put this post back in the queue " + since;
                case SCHEDULED, PENDING_APPROVAL -> "Someone else scheduled this post for " + when(p, zone) + " " + since;
                case DUE -> "This post has fallen due " + since;
                case SENDING -> "This post has gone to its webhook " + since;
                case PUBLISHED -> "This post has been published " + since;
                case FAILED -> "This post's hand-off has failed " + since;
            });
        }
        if (!Objects.equals(p.scheduledAt(), seen.scheduledAt()) || !Objects.equals(p.slotId(), seen.slotId())) {
            return Optional.of("Someone else moved this post to " + when(p, zone) + " " + since);
        }
        return Optional.of("Someone else edited this post " + since);
    }

    /** Refuses (nothing written) when the stored post is not as the user saw it. */
    static void refuseIfStale(Optional<Post> now, SeenPost seen) {
        if (seen != null) {
            why(now, seen.post(), seen.zone(), SINCE_SEEN).ifPresent(message -> {
                throw ServiceException.conflict(message);
            });
        }
    }

    /** Everything the user sees of a post, and acts on: all but its creation and change times. */
    static boolean sameAsSeen(Post a, Post b) {
        return a.id().equals(b.id()) && a.status() == b.status() && a.platform() == b.platform()
                && Objects.equals(a.accountId(), b.accountId()) && Objects.equals(a.subaccountId(), b.subaccountId())
                && a.content().equals(b.content()) && Objects.equals(a.targetJson(), b.targetJson())
                && a.labelIds().equals(b.labelIds()) && Objects.equals(a.scheduledAt(), b.scheduledAt())
                && Objects.equals(a.slotId(), b.slotId()) && Objects.equals(a.occurrenceStart(), b.occurrenceStart());
    }

    private static String when(Post p, ZoneId zone) {
        return p.scheduledAt() == null ? "another time" : WHEN.format(p.scheduledAt().atZone(zone));
    }
}
