package io.slotwise.service;

import java.time.Instant;

/**
 * A post to publish: at {@code scheduledTime}, in the next free slot that takes it, or — with neither —
 * now, which hands it to its publisher at once.
 *
 * @param scheduledTime null unless it goes out at that time
 * @param nextFreeSlot  whether it goes into the next free slot (never together with a time)
 */
public record PostSubmission(DraftInput draft, Instant scheduledTime, boolean nextFreeSlot) {

    public PostSubmission {
        java.util.Objects.requireNonNull(draft, "draft");
        if (nextFreeSlot && scheduledTime != null) {
            throw new IllegalArgumentException("Either a time or the next free slot, not both");
        }
    }
}
