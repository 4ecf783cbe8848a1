package io.slotwise.engine;

import java.util.Locale;
import java.util.Optional;

/** How often a slot's recurrence repeats, before {@code repeatEvery} is applied. */
public enum Interval {
    DAILY, WEEKLY, MONTHLY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Interval> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Interval i : values()) {
            if (i.id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
