package io.slotwise.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * An Ayrshare auto-schedule: the point slots of one group, seen as UTC times on some days of the week.
 *
 * @param daysOfWeek       0 = Sunday … 6 = Saturday; empty means every day
 * @param lastScheduleDate the latest time a post was scheduled into it, or null
 */
public record AutoSchedule(String title, List<LocalTime> times, Set<Integer> daysOfWeek, Set<LocalDate> excludeDates,
                           LocalDate startDate, Instant lastScheduleDate) {

    public AutoSchedule {
        times = List.copyOf(times);
        daysOfWeek = Set.copyOf(daysOfWeek);
        excludeDates = Set.copyOf(excludeDates);
    }
}
