package io.slotwise.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a slot: the local date it falls on, and its {@code [start, end)} instants
 * ({@code start == end} for a point slot).
 */
public record Occurrence(String slotId, LocalDate date, Instant start, Instant end) {

    public Occurrence {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an occurrence cannot end before it starts");
        }
    }

    public boolean isPoint() {
        return start.equals(end);
    }

    /** Whether a post scheduled at {@code t} sits on this occurrence: {@code start <= t <= end}. */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }
}
