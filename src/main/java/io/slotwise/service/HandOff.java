package io.slotwise.service;

import io.slotwise.store.HandOffDao.HandOffRow;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a due post's hand-off stands (SPEC §11), kept in the store so a restart continues it.
 *
 * @param channel        how it went out: manual (the user), webhook, or a forwarder (Blotato, Ayrshare)
 * @param dueAt          when Slotwise took it because its time had come
 * @param attempts       webhook or create-post attempts made since it fell due or the user last retried it
 * @param lastError      why the last attempt did not deliver it (a vendor's own message), or null
 * @param nextAttemptAt  when the next attempt (or status check) is due; null when none is planned
 * @param publishedAt    when it was delivered or marked published; null until then
 * @param requestKey     the idempotency key a forwarder sends, the same on every attempt of one hand-off
 * @param remoteId       the hosted scheduler's id for the post once it took it (then Slotwise only asks how it went)
 * @param publicUrl      the post's public URL on the network, when the hosted scheduler gave one
 * @param awaitingAnswer a create-post request was written down and its answer was not (yet)
 */
public record HandOff(String postId, PublisherKind channel, Instant dueAt, int attempts, Instant lastAttemptAt,
                      String lastError, Instant nextAttemptAt, Instant publishedAt, String requestKey, String remoteId,
                      String publicUrl, boolean awaitingAnswer) {

    public HandOff {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(dueAt, "dueAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** As the store keeps it; a channel the store names but Slotwise does not know is manual. */
    public static HandOff stored(HandOffRow r) {
        return new HandOff(r.postId(), PublisherKind.fromId(r.channel()).orElse(PublisherKind.MANUAL), r.dueAt(),
                r.attempts(), r.lastAttemptAt(), r.lastError(), r.nextAttemptAt(), r.publishedAt(), r.requestKey(),
                r.remoteId(), r.publicUrl(), r.awaitingAnswer());
    }

    /** The store's row for this hand-off. */
    public HandOffRow row() {
        return new HandOffRow(postId, channel.id(), dueAt, attempts, lastAttemptAt, lastError, nextAttemptAt,
                publishedAt, requestKey, remoteId, publicUrl, awaitingAnswer);
    }
}
