package io.slotwise.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The occurrences of one slot, computed on demand (RFC 5545 semantics, SPEC §2).
 *
 * <ul>
 *   <li>daily: {@code FREQ=DAILY;INTERVAL=n}; weekly: {@code FREQ=WEEKLY;INTERVAL=n;BYDAY=d} with weeks
 *       starting on Monday; monthly: {@code FREQ=MONTHLY;INTERVAL=n;BYDAY=kd}, where k is the ordinal of
 *       the anchor date's weekday in its month (a 5th becomes -1, the last). Intervals count from the
 *       anchor date, and nothing occurs before it.</li>
 *   <li>Wall times are in the slot's zone: in a DST gap the time moves forward by the gap length, in an
 *       overlap the earlier offset wins ({@link ZonedDateTime#of} does exactly that).</li>
 *   <li>{@code startDate}, {@code excludeDates} and {@code active=false} remove occurrences.</li>
 * </ul>
 *
 * <p>Finding the next occurrence after an instant is arithmetic on day, week and month numbers,
 * O(1) per slot apart from skipping excluded dates; nothing scans day by day.
 */
public final class OccurrenceSchedule {

    private final Slot slot;
    private final ZoneId zone;
    private final int n;
    private final long anchorDay;
    private final long firstAllowedDay;
    /** Weekly: the Monday of the anchor's week. */
    private final long anchorWeekMonday;
    /** Weekly: days from Monday to the slot's weekday. */
    private final int weekDayOffset;
    /** Monthly: year * 12 + month - 1 of the anchor. */
    private final long anchorMonth;
    /** Monthly: 1..4, or -1 for the last such weekday. */
    private final int ordinal;
    private final Duration nominalLength;

    private OccurrenceSchedule(Slot slot) {
        this.slot = slot;
        this.zone = slot.zone();
        Recurrence r = slot.recurrence();
        this.n = r.repeatEvery();
        LocalDate anchor = slot.anchorDate();
        this.anchorDay = anchor.toEpochDay();
        long start = slot.startDate() == null ? anchorDay : slot.startDate().toEpochDay();
        this.firstAllowedDay = Math.max(anchorDay, start);
        this.anchorWeekMonday = anchorDay - (anchor.getDayOfWeek().getValue() - 1);
        this.weekDayOffset = r.weekDay().getValue() - 1;
        this.anchorMonth = monthIndex(anchor);
        int k = (anchor.getDayOfMonth() - 1) / 7 + 1;
        this.ordinal = k == 5 ? -1 : k;
        this.nominalLength = slot.isPoint() ? Duration.ZERO : Duration.between(slot.startTime(), slot.endTime());
    }

    public static OccurrenceSchedule of(Slot slot) {
        return new OccurrenceSchedule(slot);
    }

    public Slot slot() {
        return slot;
    }

    /** Monthly slots: the weekday ordinal used for every month (1..4, or -1 for the last). */
    public int monthlyOrdinal() {
        return ordinal;
    }

    /** The earliest occurrence whose start is strictly after {@code t}. */
    public Optional<Occurrence> nextAfter(Instant t) {
        return Optional.ofNullable(nextAfterOrNull(t));
    }

    /** As {@link #nextAfter} without the Optional, for hot loops; null when there is none. */
    Occurrence nextAfterOrNull(Instant t) {
        if (!slot.active()) {
            return null;
        }
        // Start a day early: the local date of t can hold an occurrence that starts after t, and a
        // start pushed across midnight by a DST gap still belongs to the day before.
        long day = LocalDate.ofInstant(t, zone).toEpochDay() - 1;
        while (true) {
            long d = nextDay(day);
            if (d == Long.MAX_VALUE) {
                return null;
            }
            Occurrence o = occurrenceOn(d);
            if (o.start().isAfter(t)) {
                return o;
            }
            day = d + 1;
        }
    }

    /** The occurrence on a local date, if the slot has one that day. */
    public Optional<Occurrence> on(LocalDate date) {
        long d = date.toEpochDay();
        return occurs(d) ? Optional.of(occurrenceOn(d)) : Optional.empty();
    }

    /** The occurrence that a post scheduled at {@code t} sits on ({@code start <= t <= end}), if any. */
    public Optional<Occurrence> containing(Instant t) {
        Occurrence o = containingOrNull(t);
        return Optional.ofNullable(o);
    }

    Occurrence containingOrNull(Instant t) {
        long day = LocalDate.ofInstant(t, zone).toEpochDay();
        // The day before too: a start shifted past midnight by a gap keeps its own date.
        for (long d = day; d >= day - 1; d--) {
            if (occurs(d)) {
                Occurrence o = occurrenceOn(d);
                if (o.contains(t)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Occurrences whose start lies in {@code (from, to]}, in order, computed lazily. */
    public Iterable<Occurrence> startingAfter(Instant from, Instant to) {
        return () -> new Iterator<>() {
            private Occurrence next = nextAfterOrNull(from);

            @Override
            public boolean hasNext() {
                return next != null && !next.start().isAfter(to);
            }

            @Override
            public Occurrence next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Occurrence current = next;
                next = nextAfterOrNull(current.start());
                return current;
            }
        };
    }

    /** Occurrences whose start lies in {@code [from, to)}, as a list. */
    public List<Occurrence> between(Instant from, Instant to) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : startingAfter(from.minusNanos(1), to.minusNanos(1))) {
            out.add(o);
        }
        return out;
    }

    /** Whether the slot has an occurrence on this epoch day. */
    boolean occurs(long day) {
        return slot.active() && day >= firstAllowedDay && onRecurrence(day) && !excluded(day);
    }

    Occurrence occurrenceOn(long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        Instant start = ZonedDateTime.of(date, slot.startTime(), zone).toInstant();
        if (slot.isPoint()) {
            return new Occurrence(slot.id(), date, start, start);
        }
        Instant end = ZonedDateTime.of(date, slot.endTime(), zone).toInstant();
        if (!end.isAfter(start)) {
            // A gap swallowed the window's start past its end: keep its nominal length instead.
            end = start.plus(nominalLength);
        }
        return new Occurrence(slot.id(), date, start, end);
    }

    /** The first epoch day after {@code day} with an occurrence, or Long.MAX_VALUE. */
    long nextDayAfter(long day) {
        return nextDay(day + 1);
    }

    /** The first epoch day on or after {@code day} with an occurrence, or Long.MAX_VALUE. */
    private long nextDay(long day) {
        if (!slot.active()) {
            return Long.MAX_VALUE;
        }
        long d = nextRecurrenceDay(Math.max(day, firstAllowedDay));
        while (excluded(d)) {
            d = nextRecurrenceDay(d + 1);
        }
        return d;
    }

    private boolean excluded(long day) {
        return !slot.excludeDates().isEmpty() && slot.excludeDates().contains(LocalDate.ofEpochDay(day));
    }

    /** First day on or after {@code lower} (which is never before the anchor) on the recurrence. */
    private long nextRecurrenceDay(long lower) {
        switch (slot.recurrence().interval()) {
            case DAILY: {
                long k = ceilDiv(lower - anchorDay, n);
                return anchorDay + k * n;
            }
            case WEEKLY: {
                long lowerMonday = lower - LocalDate.ofEpochDay(lower).getDayOfWeek().getValue() + 1;
                long k = ceilDiv((lowerMonday - anchorWeekMonday) / 7, n);
                long candidate = anchorWeekMonday + 7L * n * k + weekDayOffset;
                while (candidate < lower) {
                    candidate += 7L * n;
                }
                return candidate;
            }
            case MONTHLY: {
                long lowerMonth = monthIndex(LocalDate.ofEpochDay(lower));
                long month = anchorMonth + n * ceilDiv(lowerMonth - anchorMonth, n);
                long candidate = dayInMonth(month);
                while (candidate < lower) {
                    month += n;
                    candidate = dayInMonth(month);
                }
                return candidate;
            }
            default:
                throw new IllegalStateException();
        }
    }

    private boolean onRecurrence(long day) {
        switch (slot.recurrence().interval()) {
            case DAILY:
                return Math.floorMod(day - anchorDay, n) == 0;
            case WEEKLY: {
                LocalDate date = LocalDate.ofEpochDay(day);
                if (date.getDayOfWeek() != slot.recurrence().weekDay()) {
                    return false;
                }
                long monday = day - weekDayOffset;
                return Math.floorMod((monday - anchorWeekMonday) / 7, n) == 0;
            }
            case MONTHLY: {
                long month = monthIndex(LocalDate.ofEpochDay(day));
                return Math.floorMod(month - anchorMonth, n) == 0 && dayInMonth(month) == day;
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** The epoch day of the ordinal weekday in a month given as year * 12 + month - 1. */
    private long dayInMonth(long month) {
        int year = (int) Math.floorDiv(month, 12);
        int monthOfYear = (int) Math.floorMod(month, 12) + 1;
        DayOfWeek dow = slot.recurrence().weekDay();
        if (ordinal > 0) {
            LocalDate first = LocalDate.of(year, monthOfYear, 1);
            int offset = Math.floorMod(dow.getValue() - first.getDayOfWeek().getValue(), 7);
            return first.toEpochDay() + offset + 7L * (ordinal - 1);
        }
        LocalDate last = LocalDate.of(year, monthOfYear, 1).plusMonths(1).minusDays(1);
        int offset = Math.floorMod(last.getDayOfWeek().getValue() - dow.getValue(), 7);
        return last.toEpochDay() - offset;
    }

    private static long monthIndex(LocalDate date) {
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
