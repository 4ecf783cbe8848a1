package io.slotwise.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * One lane of one occurrence: the place for a single post. A slot with targets has a lane per
 * destination; a slot without targets has one lane, written with a null destination.
 */
public record Lane(String slotId, Instant occurrenceStart, Destination destination) {

    public Lane {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(occurrenceStart, "occurrenceStart");
    }
}
