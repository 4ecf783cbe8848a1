package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 wall-time rules across DST transitions: "in a gap the time moves forward by the gap length;
 * in an overlap the earlier offset is used; exactly one occurrence per local date".
 *
 * <p>Every expected instant is a literal worked out by hand from the zone's published rules, never
 * computed with {@code ZonedDateTime.of} (which is what the engine itself uses).
 */
class OccurrenceDstTest {

    private static final LocalDate BERLIN_SPRING_FORWARD = LocalDate.of(2026, 3, 29); // 02:00 CET -> 03:00 CEST
    private static final LocalDate BERLIN_FALL_BACK = LocalDate.of(2026, 10, 25);     // 03:00 CEST -> 02:00 CET
    private static final LocalDate NEW_YORK_FALL_BACK = LocalDate.of(2026, 11, 1);    // 02:00 EDT -> 01:00 EST
    private static final LocalDate LORD_HOWE_SPRING_FORWARD = LocalDate.of(2026, 10, 4); // 02:00 -> 02:30
    private static final LocalDate LORD_HOWE_FALL_BACK = LocalDate.of(2026, 4, 5);       // 02:00 -> 01:30

    private static List<Occurrence> occurrencesOnDate(OccurrenceSchedule schedule, LocalDate date) {
        // A generous instant window around the date, then keep the occurrences carrying that date.
        Instant from = date.minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = date.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
        return schedule.between(from, to).stream().filter(o -> o.date().equals(date)).toList();
    }

    // --- Europe/Berlin spring-forward gap (02:00-03:00 does not exist on 2026-03-29) ---------------

    @Test
    void dailySlotInSpringForwardGapMovesForwardByGapLength() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.daily(1))
                .at(LocalTime.of(2, 30))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 3, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 02:30 does not exist; +1h gap -> 03:30 CEST (+02:00) = 01:30Z.
        List<Occurrence> onDay = occurrencesOnDate(schedule, BERLIN_SPRING_FORWARD);
        assertThat(onDay).hasSize(1);
        assertThat(onDay.get(0).start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(schedule.on(BERLIN_SPRING_FORWARD).map(Occurrence::start))
                .contains(Instant.parse("2026-03-29T01:30:00Z"));

        // The neighbours keep their own wall time 02:30: CET the day before, CEST the day after.
        assertThat(schedule.on(LocalDate.of(2026, 3, 28)).map(Occurrence::start))
                .contains(Instant.parse("2026-03-28T01:30:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 3, 30)).map(Occurrence::start))
                .contains(Instant.parse("2026-03-30T00:30:00Z"));

        // One occurrence per local date across the transition: 27, 28, 29, 30, 31 March.
        List<Occurrence> week = schedule.between(
                Instant.parse("2026-03-26T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(week).extracting(Occurrence::date).containsExactly(
                LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31));
        assertThat(week).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-27T01:30:00Z"), Instant.parse("2026-03-28T01:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-30T00:30:00Z"),
                Instant.parse("2026-03-31T00:30:00Z"));
    }

    @Test
    void weeklySundaySlotInSpringForwardGapMovesForwardByGapLength() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.weekly(1, DayOfWeek.SUNDAY))
                .at(LocalTime.of(2, 30))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 3, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        List<Occurrence> onDay = occurrencesOnDate(schedule, BERLIN_SPRING_FORWARD);
        assertThat(onDay).hasSize(1);
        assertThat(onDay.get(0).start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(onDay.get(0).isPoint()).isTrue();

        List<Occurrence> march = schedule.between(
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-06T00:00:00Z"));
        assertThat(march).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-01T01:30:00Z"), Instant.parse("2026-03-08T01:30:00Z"),
                Instant.parse("2026-03-15T01:30:00Z"), Instant.parse("2026-03-22T01:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-04-05T00:30:00Z"));
    }

    // --- America/New_York fall-back overlap (01:00-02:00 happens twice on 2026-11-01) -------------

    @Test
    void slotInFallBackOverlapOccursOnceAtTheEarlierOffset() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.daily(1))
                .at(LocalTime.of(1, 30))
                .zone("America/New_York")
                .anchorDate(LocalDate.of(2026, 10, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 01:30 EDT (-04:00) = 05:30Z; the second 01:30 (EST, 06:30Z) is not an occurrence.
        List<Occurrence> onDay = occurrencesOnDate(schedule, NEW_YORK_FALL_BACK);
        assertThat(onDay).hasSize(1);
        assertThat(onDay.get(0).start()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));

        List<Occurrence> around = schedule.between(
                Instant.parse("2026-10-31T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(around).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-10-31T05:30:00Z"),
                Instant.parse("2026-11-01T05:30:00Z"),
                Instant.parse("2026-11-02T06:30:00Z"));
        assertThat(around).extracting(Occurrence::start).doesNotContain(Instant.parse("2026-11-01T06:30:00Z"));

        // Asking from just after the first 01:30 must not produce the repeated wall time.
        assertThat(schedule.nextAfter(Instant.parse("2026-11-01T05:30:00Z")).map(Occurrence::start))
                .contains(Instant.parse("2026-11-02T06:30:00Z"));
    }

    // --- Window slot 01:00-03:00 Europe/Berlin across both transitions -----------------------------

    @Test
    void windowSlotOnSpringForwardDayIsOneHourLong() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.daily(1))
                .window(LocalTime.of(1, 0), LocalTime.of(3, 0))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 3, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 01:00 CET (+01:00) = 00:00Z; 03:00 CEST (+02:00) = 01:00Z.
        List<Occurrence> onDay = occurrencesOnDate(schedule, BERLIN_SPRING_FORWARD);
        assertThat(onDay).hasSize(1);
        Occurrence o = onDay.get(0);
        assertThat(o.start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(o.end()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void windowSlotOnFallBackDayIsThreeHoursLong() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.daily(1))
                .window(LocalTime.of(1, 0), LocalTime.of(3, 0))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 10, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 01:00 CEST (+02:00) = 23:00Z the day before; 03:00 CET (+01:00) = 02:00Z.
        List<Occurrence> onDay = occurrencesOnDate(schedule, BERLIN_FALL_BACK);
        assertThat(onDay).hasSize(1);
        Occurrence o = onDay.get(0);
        assertThat(o.start()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(o.end()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofHours(3));
        assertThat(o.date()).isEqualTo(BERLIN_FALL_BACK);
    }

    // --- Asia/Kolkata: no DST, half-hour offset -----------------------------------------------------

    @Test
    void halfHourOffsetZoneWithoutDstKeepsTheSameUtcTimeAllYear() {
        LocalDate anchor = LocalDate.of(2026, 1, 5); // a Monday
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY))
                .at(LocalTime.of(9, 0))
                .zone("Asia/Kolkata")
                .anchorDate(anchor)
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // [2026-01-05 00:00 IST, 2027-01-05 00:00 IST) = [2026-01-04T18:30Z, 2027-01-04T18:30Z):
        // 365 days starting on a Monday hold 53 Mondays.
        List<Occurrence> year = schedule.between(
                Instant.parse("2026-01-04T18:30:00Z"), Instant.parse("2027-01-04T18:30:00Z"));
        assertThat(year).hasSize(53);
        assertThat(year).allSatisfy(o -> {
            assertThat(o.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(o.start().atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
            assertThat(o.start().atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(o.date());
        });
        assertThat(year.get(0).start()).isEqualTo(Instant.parse("2026-01-05T03:30:00Z"));
        assertThat(year.get(52).start()).isEqualTo(Instant.parse("2027-01-04T03:30:00Z"));

        // Anchored on a Tuesday, the same window holds 52 Mondays.
        Slot tuesdayAnchor = slot.toBuilder().anchorDate(LocalDate.of(2026, 1, 6)).build();
        List<Occurrence> year52 = OccurrenceSchedule.of(tuesdayAnchor).between(
                Instant.parse("2026-01-05T18:30:00Z"), Instant.parse("2027-01-05T18:30:00Z"));
        assertThat(year52).hasSize(52);
        assertThat(year52.get(0).start()).isEqualTo(Instant.parse("2026-01-12T03:30:00Z"));
        assertThat(year52).allSatisfy(o -> {
            assertThat(o.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(o.start().atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        });
    }

    // --- Australia/Lord_Howe: 30-minute DST (+10:30 standard, +11:00 summer) ------------------------

    @Test
    void thirtyMinuteDstShiftsUtcTimeByExactlyThirtyMinutesBetweenSeasons() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.daily(1))
                .at(LocalTime.of(9, 0))
                .zone("Australia/Lord_Howe")
                .anchorDate(LocalDate.of(2026, 1, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 2026-01-01 00:00 +11:00 = 2025-12-31T13:00Z; 2027-01-01 00:00 +11:00 = 2026-12-31T13:00Z.
        List<Occurrence> year = schedule.between(
                Instant.parse("2025-12-31T13:00:00Z"), Instant.parse("2026-12-31T13:00:00Z"));
        assertThat(year).hasSize(365);
        Set<LocalTime> utcTimes = year.stream()
                .map(o -> o.start().atOffset(ZoneOffset.UTC).toLocalTime())
                .collect(Collectors.toSet());
        // 09:00 +11:00 = 22:00Z (summer); 09:00 +10:30 = 22:30Z (standard).
        assertThat(utcTimes).containsExactlyInAnyOrder(LocalTime.of(22, 0), LocalTime.of(22, 30));

        // Summer until the first Sunday of April (2026-04-05, 02:00 -> 01:30): 09:00 that day is standard.
        assertThat(schedule.on(LocalDate.of(2026, 1, 15)).map(Occurrence::start))
                .contains(Instant.parse("2026-01-14T22:00:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 4, 4)).map(Occurrence::start))
                .contains(Instant.parse("2026-04-03T22:00:00Z"));
        assertThat(schedule.on(LORD_HOWE_FALL_BACK).map(Occurrence::start))
                .contains(Instant.parse("2026-04-04T22:30:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 7, 15)).map(Occurrence::start))
                .contains(Instant.parse("2026-07-14T22:30:00Z"));
        // Summer again from the first Sunday of October (2026-10-04, 02:00 -> 02:30).
        assertThat(schedule.on(LocalDate.of(2026, 10, 3)).map(Occurrence::start))
                .contains(Instant.parse("2026-10-02T22:30:00Z"));
        assertThat(schedule.on(LORD_HOWE_SPRING_FORWARD).map(Occurrence::start))
                .contains(Instant.parse("2026-10-03T22:00:00Z"));

        // Consecutive starts are 24h apart except across the two transitions (24h30 in April, 23h30 in October).
        long longDays = 0;
        long shortDays = 0;
        for (int i = 1; i < year.size(); i++) {
            Duration d = Duration.between(year.get(i - 1).start(), year.get(i).start());
            if (d.equals(Duration.ofMinutes(24 * 60 + 30))) {
                longDays++;
            } else if (d.equals(Duration.ofMinutes(24 * 60 - 30))) {
                shortDays++;
            } else {
                assertThat(d).isEqualTo(Duration.ofHours(24));
            }
        }
        assertThat(longDays).isEqualTo(1);
        assertThat(shortDays).isEqualTo(1);
    }

    @Test
    void thirtyMinuteGapMovesSlotForwardByThirtyMinutes() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.weekly(1, DayOfWeek.SUNDAY))
                .at(LocalTime.of(2, 15))
                .zone("Australia/Lord_Howe")
                .anchorDate(LocalDate.of(2026, 9, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        // 02:15 is in the 02:00-02:30 gap -> 02:45 +11:00 = 2026-10-03T15:45Z.
        List<Occurrence> onDay = occurrencesOnDate(schedule, LORD_HOWE_SPRING_FORWARD);
        assertThat(onDay).hasSize(1);
        assertThat(onDay.get(0).start()).isEqualTo(Instant.parse("2026-10-03T15:45:00Z"));
        // The Sunday before: 02:15 +10:30 = 15:45Z the day before; the Sunday after: 02:15 +11:00 = 15:15Z.
        assertThat(schedule.on(LocalDate.of(2026, 9, 27)).map(Occurrence::start))
                .contains(Instant.parse("2026-09-26T15:45:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 10, 11)).map(Occurrence::start))
                .contains(Instant.parse("2026-10-10T15:15:00Z"));
    }

    // --- nextAfter is strict ------------------------------------------------------------------------

    @Test
    void nextAfterIsStrictlyAfterTheGivenInstant() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.weekly(1, DayOfWeek.SUNDAY))
                .at(LocalTime.of(2, 30))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 3, 1))
                .build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);

        Instant springForward = Instant.parse("2026-03-29T01:30:00Z");
        Instant weekBefore = Instant.parse("2026-03-22T01:30:00Z");
        Instant weekAfter = Instant.parse("2026-04-05T00:30:00Z");

        // t equal to an occurrence start: the next one, not the same.
        assertThat(schedule.nextAfter(weekBefore).map(Occurrence::start)).contains(springForward);
        assertThat(schedule.nextAfter(springForward).map(Occurrence::start)).contains(weekAfter);
        // One nanosecond before a start: that start.
        assertThat(schedule.nextAfter(springForward.minusNanos(1)).map(Occurrence::start)).contains(springForward);
        // Just after: the following one.
        assertThat(schedule.nextAfter(springForward.plusNanos(1)).map(Occurrence::start)).contains(weekAfter);

        Optional<Occurrence> next = schedule.nextAfter(springForward);
        assertThat(next).isPresent();
        assertThat(next.get().start()).isAfter(springForward);
        assertThat(next.get().date()).isEqualTo(LocalDate.of(2026, 4, 5));
    }
}
