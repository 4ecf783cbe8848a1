package io.slotwise.engine;

import java.time.Instant;

/**
 * Remembers the first free occurrence of one lane of a slot after some instant, so that repeated
 * "next free" questions do not walk past the same occupied occurrences again.
 *
 * <p>The answer for {@code validFrom} stays right for any later "now" before it: every occurrence in
 * between was occupied. Occupying the remembered occurrence moves the cursor forward from there;
 * freeing an earlier one moves it back.
 */
final class LaneCursor {

    final OccurrenceSchedule schedule;
    /** Null: the whole occurrence (slots without targets, or a query without an account). */
    final Destination destination;

    private Instant validFrom;
    private Instant searchedUntil;
    private Occurrence firstFree;

    LaneCursor(OccurrenceSchedule schedule, Destination destination) {
        this.schedule = schedule;
        this.destination = destination;
    }

    Slot slot() {
        return schedule.slot();
    }

    /** The first free occurrence starting in {@code (now, horizon]}, or null. */
    Occurrence firstFree(Instant now, Instant horizon, Occupancy occupancy) {
        boolean valid = validFrom != null && !now.isBefore(validFrom)
                && (firstFree != null ? firstFree.start().isAfter(now) : !horizon.isAfter(searchedUntil));
        if (!valid) {
            validFrom = now;
            searchedUntil = horizon;
            firstFree = scan(now, horizon, occupancy);
        }
        return firstFree != null && !firstFree.start().isAfter(horizon) ? firstFree : null;
    }

    /** A post now holds this lane on the occurrence of {@code day}. */
    void occupied(long day, Occupancy occupancy) {
        if (firstFree != null && firstFree.date().toEpochDay() == day) {
            firstFree = scan(firstFree.start(), searchedUntil, occupancy);
        }
    }

    /**
     * A post given a time by hand now sits at {@code t}: if that is the remembered occurrence of a
     * point slot and it took the lane, move on.
     */
    void occupiedAt(Instant t, Occupancy occupancy) {
        if (firstFree != null && firstFree.start().equals(t) && occupancy.isOccupied(slot(), firstFree, destination)) {
            firstFree = scan(firstFree.start(), searchedUntil, occupancy);
        }
    }

    /** A post given a time by hand left {@code t}: a point slot's occurrence starting then may be free again. */
    void freedAt(Instant t, Occupancy occupancy) {
        // Cheap tests first: only a time between what this cursor knows and its answer can change it.
        if (!slot().isPoint() || validFrom == null || !t.isAfter(validFrom)
                || (firstFree != null ? !t.isBefore(firstFree.start()) : t.isAfter(searchedUntil))) {
            return;
        }
        Occurrence o = schedule.containingOrNull(t);
        if (o != null && o.start().equals(t)) {
            freed(o, occupancy);
        }
    }

    /** The occurrence {@code freed} may have become free in this lane. */
    void freed(Occurrence freed, Occupancy occupancy) {
        if (validFrom == null || !freed.start().isAfter(validFrom)) {
            return;
        }
        boolean earlier = firstFree == null ? !freed.start().isAfter(searchedUntil)
                : freed.start().isBefore(firstFree.start());
        if (earlier && !occupancy.isOccupied(slot(), freed, destination)) {
            firstFree = freed;
        }
    }

    void invalidate() {
        validFrom = null;
        firstFree = null;
    }

    private Occurrence scan(Instant after, Instant horizon, Occupancy occupancy) {
        Occurrence o = schedule.nextAfterOrNull(after);
        while (o != null && !o.start().isAfter(horizon)) {
            if (!occupancy.isOccupied(slot(), o, destination)) {
                return o;
            }
            // A lane fills from the front, so runs of taken days are common: pass them by day number,
            // without working out their times (occurrences follow their days' order).
            long day = schedule.nextDayAfter(o.date().toEpochDay());
            while (day != Long.MAX_VALUE && occupancy.isHeldByLinked(slot().id(), day, destination)) {
                day = schedule.nextDayAfter(day);
            }
            o = day == Long.MAX_VALUE ? null : schedule.occurrenceOn(day);
        }
        return null;
    }
}
