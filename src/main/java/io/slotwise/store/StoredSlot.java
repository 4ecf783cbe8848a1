package io.slotwise.store;

import io.slotwise.engine.Slot;
import java.time.Instant;
import java.util.Objects;

/** A slot as kept in the store: whose it is and when it was made. */
public record StoredSlot(String ownerId, Slot slot, Instant createdAt) {

    public StoredSlot {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(slot, "slot");
    }
}
