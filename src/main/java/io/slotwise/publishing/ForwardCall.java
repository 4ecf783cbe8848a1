package io.slotwise.publishing;

import io.slotwise.engine.Post;
import io.slotwise.service.ForwarderSettings;
import io.slotwise.service.PublisherKind;

/**
 * One request to a hosted scheduler about one post: the create-post request (when {@code remoteId} is null) or a
 * status check of the post it already took.
 *
 * @param requestKey the idempotency key of this hand-off (sent where the vendor has a field for it)
 * @param attempt    which create-post attempt this is (1-based); for a check, the attempt that created it
 * @param remoteId   the vendor's id for the post, for a check; null for a create
 */
public record ForwardCall(PublisherKind vendor, ForwarderSettings settings, Post post, String requestKey, int attempt,
                          String remoteId) {

    public boolean isCheck() {
        return remoteId != null;
    }
}
