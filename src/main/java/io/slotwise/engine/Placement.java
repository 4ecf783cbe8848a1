package io.slotwise.engine;

import java.time.Instant;
import java.util.Objects;

/** Where the engine put (or would put) a post: a slot occurrence and the time inside it. */
public record Placement(String slotId, Occurrence occurrence, Instant scheduledAt) {

    public Placement {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        if (!occurrence.contains(scheduledAt)) {
            throw new IllegalArgumentException("scheduledAt must lie inside the occurrence");
        }
    }
}
