package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceScheduleTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static List<LocalDate> dates(Slot slot, String from, String to) {
        return OccurrenceSchedule.of(slot).between(Instant.parse(from), Instant.parse(to))
                .stream().map(Occurrence::date).toList();
    }

    @Test
    void weeklySlotOccursOnItsWeekdayAtItsLocalTime() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY)).at(NINE)
                .zone("Europe/Berlin").anchorDate(LocalDate.of(2026, 1, 1)).build();
        List<Occurrence> os = OccurrenceSchedule.of(slot)
                .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-20T00:00:00Z"));
        assertThat(os).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-01-05T08:00:00Z"), Instant.parse("2026-01-12T08:00:00Z"),
                Instant.parse("2026-01-19T08:00:00Z"));
        assertThat(os).allMatch(Occurrence::isPoint);
    }

    @Test
    void weekDayIndexZeroIsSunday() {
        assertThat(Recurrence.dayOfWeekFromIndex(0)).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Recurrence.dayOfWeekFromIndex(1)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Recurrence.dayOfWeekFromIndex(6)).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(Recurrence.weekly(1, DayOfWeek.SUNDAY).weekDayIndex()).isZero();
    }

    @Test
    void repeatEveryTwoWeeksCountsFromTheAnchorWeek() {
        // Anchored on Wednesday 2026-01-07: that week's Monday is before the anchor, so the first
        // Monday is two weeks on, then every other week.
        Slot slot = Slot.builder("s").recurrence(Recurrence.weekly(2, DayOfWeek.MONDAY)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 7)).build();
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2026-02-28T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16));

        Slot anchoredLater = slot.toBuilder().anchorDate(LocalDate.of(2026, 1, 12)).build();
        assertThat(dates(anchoredLater, "2026-01-01T00:00:00Z", "2026-02-28T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 9),
                LocalDate.of(2026, 2, 23));
    }

    @Test
    void dailyRepeatEveryThreeCountsFromTheAnchor() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.daily(3)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 30)).build();
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2026-02-09T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 5),
                LocalDate.of(2026, 2, 8));
    }

    @Test
    void monthlySecondTuesdayComesFromTheAnchorDatesOrdinal() {
        // 2026-01-13 is the 2nd Tuesday of January.
        Slot slot = Slot.builder("s").recurrence(Recurrence.monthly(1, DayOfWeek.TUESDAY)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 13)).build();
        assertThat(OccurrenceSchedule.of(slot).monthlyOrdinal()).isEqualTo(2);
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12));
    }

    @Test
    void monthlyFifthFridayBecomesTheLastFriday() {
        // 2026-01-30 is the 5th Friday of January; February has only four, and the rule is "last".
        Slot slot = Slot.builder("s").recurrence(Recurrence.monthly(1, DayOfWeek.FRIDAY)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 30)).build();
        assertThat(OccurrenceSchedule.of(slot).monthlyOrdinal()).isEqualTo(-1);
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 29));
    }

    @Test
    void monthlyRepeatEveryThreeSkipsMonthsFromTheAnchorMonth() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.monthly(3, DayOfWeek.MONDAY)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 5)).build();
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")).containsExactly(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 10, 5));
    }

    @Test
    void excludeDatesRemoveOccurrences() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.daily(1)).at(LocalTime.of(13, 5))
                .anchorDate(LocalDate.of(2025, 12, 1))
                .excludeDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)).build();
        assertThat(dates(slot, "2025-12-31T00:00:00Z", "2026-01-04T00:00:00Z")).containsExactly(
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 3));
        assertThat(OccurrenceSchedule.of(slot).nextAfter(Instant.parse("2025-12-31T14:00:00Z")))
                .map(Occurrence::start).contains(Instant.parse("2026-01-03T13:05:00Z"));
    }

    @Test
    void startDateRemovesEarlierOccurrences() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.daily(1)).at(LocalTime.of(12, 30))
                .anchorDate(LocalDate.of(2025, 1, 1)).startDate(LocalDate.of(2026, 7, 8)).build();
        assertThat(OccurrenceSchedule.of(slot).nextAfter(Instant.parse("2026-01-01T00:00:00Z")))
                .map(Occurrence::start).contains(Instant.parse("2026-07-08T12:30:00Z"));
    }

    @Test
    void inactiveSlotHasNoOccurrences() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.daily(1)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 1)).active(false).build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        assertThat(schedule.nextAfter(Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
        assertThat(schedule.on(LocalDate.of(2026, 1, 2))).isEmpty();
        assertThat(schedule.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void windowOccurrenceSpansStartToEnd() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY))
                .window(LocalTime.of(13, 30), LocalTime.of(14, 30)).zone("Europe/Copenhagen")
                .anchorDate(LocalDate.of(2026, 6, 1)).build();
        Occurrence o = OccurrenceSchedule.of(slot).nextAfter(Instant.parse("2026-06-01T00:00:00Z")).orElseThrow();
        assertThat(o.start()).isEqualTo(Instant.parse("2026-06-01T11:30:00Z"));
        assertThat(o.end()).isEqualTo(Instant.parse("2026-06-01T12:30:00Z"));
        assertThat(o.contains(Instant.parse("2026-06-01T12:00:00Z"))).isTrue();
        assertThat(o.contains(Instant.parse("2026-06-01T12:31:00Z"))).isFalse();
    }

    @Test
    void nextOccurrenceIsStrictlyAfterTheGivenInstant() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.daily(1)).at(NINE)
                .anchorDate(LocalDate.of(2026, 1, 1)).build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        assertThat(schedule.nextAfter(Instant.parse("2026-01-05T09:00:00Z"))).map(Occurrence::start)
                .contains(Instant.parse("2026-01-06T09:00:00Z"));
        assertThat(schedule.nextAfter(Instant.parse("2026-01-05T08:59:59Z"))).map(Occurrence::start)
                .contains(Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void nothingOccursBeforeTheAnchorDate() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.weekly(1, DayOfWeek.FRIDAY)).at(NINE)
                .anchorDate(LocalDate.of(2026, 3, 1)).build();
        assertThat(dates(slot, "2026-01-01T00:00:00Z", "2026-03-10T00:00:00Z"))
                .containsExactly(LocalDate.of(2026, 3, 6));
    }

    @Test
    void containingFindsTheOccurrenceAPostSitsOn() {
        Slot slot = Slot.builder("s").recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY))
                .window(LocalTime.of(9, 0), LocalTime.of(11, 0)).anchorDate(LocalDate.of(2026, 1, 1)).build();
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        assertThat(schedule.containing(Instant.parse("2026-01-05T10:15:00Z"))).map(Occurrence::date)
                .contains(LocalDate.of(2026, 1, 5));
        assertThat(schedule.containing(Instant.parse("2026-01-05T11:00:00Z"))).isPresent();
        assertThat(schedule.containing(Instant.parse("2026-01-05T11:00:01Z"))).isEmpty();
        assertThat(schedule.containing(Instant.parse("2026-01-06T10:00:00Z"))).isEmpty();
    }
}
