package io.slotwise.engine;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * When a slot repeats: every {@code repeatEvery} days, weeks or months, counted from the slot's
 * anchor date. {@code weekDay} is the day a weekly slot falls on, and for a monthly slot the weekday
 * whose ordinal (taken from the anchor date) picks the day of the month; a daily slot ignores it.
 */
public record Recurrence(Interval interval, int repeatEvery, DayOfWeek weekDay) {

    public Recurrence {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(weekDay, "weekDay");
        if (repeatEvery < 1) {
            throw new IllegalArgumentException("repeatEvery must be at least 1, was " + repeatEvery);
        }
    }

    public static Recurrence daily(int repeatEvery) {
        return new Recurrence(Interval.DAILY, repeatEvery, DayOfWeek.MONDAY);
    }

    public static Recurrence weekly(int repeatEvery, DayOfWeek day) {
        return new Recurrence(Interval.WEEKLY, repeatEvery, day);
    }

    public static Recurrence monthly(int repeatEvery, DayOfWeek day) {
        return new Recurrence(Interval.MONTHLY, repeatEvery, day);
    }

    /** The vendors' day number: 0 = Sunday … 6 = Saturday. */
    public int weekDayIndex() {
        return weekDayIndex(weekDay);
    }

    public static int weekDayIndex(DayOfWeek day) {
        return day.getValue() % 7;
    }

    /** The day for the vendors' number 0 = Sunday … 6 = Saturday. */
    public static DayOfWeek dayOfWeekFromIndex(int index) {
        if (index < 0 || index > 6) {
            throw new IllegalArgumentException("week day must be between 0 and 6, was " + index);
        }
        return index == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(index);
    }
}
