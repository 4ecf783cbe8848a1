package io.slotwise.service;

import java.time.Instant;

/**
 * A change to a scheduled post: a new time (in the future), a whole new post in place of the old one
 * (its labels, status and slot stay), or both.
 *
 * @param scheduledTime the new time, or null to keep it
 * @param draft         what the post becomes, or null to keep it
 */
public record ScheduleChange(Instant scheduledTime, DraftInput draft) {

    public ScheduleChange {
        if (scheduledTime == null && draft == null) {
            throw new IllegalArgumentException("A change needs a new time, a new post, or both");
        }
    }
}
