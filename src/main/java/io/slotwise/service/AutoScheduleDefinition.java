package io.slotwise.service;

import io.slotwise.engine.Recurrence;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an auto-schedule should be: the point slots of one group, for every account, at these UTC
 * times on these days. With no times, only the start date of the schedule that exists changes.
 *
 * @param daysOfWeek 0 = Sunday … 6 = Saturday; empty means every day
 * @param startDate  null when its slots start at once
 */
public record AutoScheduleDefinition(String title, List<LocalTime> times, Set<Integer> daysOfWeek,
                                     Set<LocalDate> excludeDates, LocalDate startDate) {

    public AutoScheduleDefinition {
        times = List.copyOf(times);
        // In order: the slots are made day by day.
        daysOfWeek = Collections.unmodifiableSortedSet(new TreeSet<>(daysOfWeek));
        excludeDates = Set.copyOf(excludeDates);
    }

    /** One point slot of this schedule, in UTC, for every account. */
    SlotSpec spec(Recurrence recurrence, LocalTime time) {
        return new SlotSpec(title, recurrence, time, null, ZoneId.of("UTC"), List.of(), Set.of(), true, startDate,
                excludeDates);
    }
}
