package io.slotwise.engine;

import java.time.Instant;
import java.util.Objects;

/** A slot on someone's calendar: the slot, whose calendar it is on, and when it was made. */
public record CalendarSlot(String ownerId, Slot slot, Instant createdAt) {

    public CalendarSlot {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(slot, "slot");
    }
}
