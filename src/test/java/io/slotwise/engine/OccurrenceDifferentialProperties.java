package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential test of the occurrence engine against an independent RFC 5545 implementation
 * (ical4j 4.0.0-rc5, on the test classpath through CalendarFX), as SPEC §2 requires.
 *
 * <p>The RRULE is built exactly as SPEC §2 says; DTSTART is the anchor date at the slot's start time
 * in the slot's zone. Where ical4j is known to deviate from RFC 5545 the oracle works around it, and
 * says so:
 * <ul>
 *   <li><b>Monthly BYDAY with DTSTART on the 29th–31st</b> (ical4j issue #757): ical4j skips every
 *       month that lacks the seed's day of month, although BYDAY alone decides the day. The monthly
 *       seed is therefore moved to the 1st of the anchor month (same month, so the INTERVAL count is
 *       unchanged) and instances before the anchor are dropped, exactly what DTSTART = anchor means.</li>
 *   <li><b>Wall time in a DST gap</b>: ical4j resolves the gap forward, but then carries the shifted
 *       wall time into every later instance (02:30 becomes 03:30 for good). So ical4j's local
 *       <em>date</em> is taken as the instance, and its start instant is recomputed from the slot's
 *       wall time with {@link #resolve}, an independent implementation of SPEC §2's rule written on
 *       {@link ZoneRules} transitions (not {@code ZonedDateTime.of}, which the engine uses). Wherever
 *       ical4j's own wall time is the slot's and not in a gap, its instant is checked against
 *       {@link #resolve} as well, so the resolver is itself cross-checked on plain and overlap days.</li>
 *   <li>A seed that does not match the rule (a Wednesday anchor of a Monday slot, the 1st of the month
 *       of a monthly seed) is not an instance; any such date ical4j returns is dropped.</li>
 * </ul>
 */
class OccurrenceDifferentialProperties {

    static final List<String> ZONES = List.of(
            "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
            "Australia/Sydney", "Asia/Kolkata", "Pacific/Auckland", "America/St_Johns",
            "Europe/London", "UTC");

    // ---------------------------------------------------------------------------------------------
    // The property

    @Property(tries = 300)
    void engineOccurrencesOverAYearEqualIcal4js(
            @ForAll Interval interval,
            @ForAll @IntRange(min = 1, max = 4) int repeatEvery,
            @ForAll("weekDays") DayOfWeek weekDay,
            @ForAll("startMinutes") int startMinute,
            @ForAll("windowLengths") Integer windowRaw,
            @ForAll("zones") String zoneId,
            @ForAll("anchors") LocalDate anchor,
            @ForAll("startDateOffsets") Integer startDateOffset,
            @ForAll @Size(max = 5) List<@IntRange(min = -10, max = 380) Integer> excludeOffsets,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 400) Integer> excludePicks) {
        Statistics.label("zone").collect(zoneId);
        checkAgainstIcal4j(new Recurrence(interval, repeatEvery, weekDay),
                LocalTime.of(startMinute / 60, startMinute % 60), windowRaw, ZoneId.of(zoneId), anchor,
                startDateOffset, excludeOffsets, excludePicks);
    }

    /**
     * The same comparison aimed at DST transitions: the wall time is in (or at an edge of) a real gap
     * or overlap of the zone, and the anchor is chosen so that the transition day is on the
     * recurrence, within the year compared.
     */
    @Property(tries = 200)
    void engineOccurrencesOnDstTransitionDaysEqualIcal4js(
            @ForAll("transitionWallTimes") TransitionCase tc,
            @ForAll Interval interval,
            @ForAll @IntRange(min = 1, max = 4) int repeatEvery,
            @ForAll @IntRange(min = 0, max = 8) int periodsBefore,
            @ForAll("windowLengths") Integer windowRaw,
            @ForAll("startDateOffsets") Integer startDateOffset,
            @ForAll @Size(max = 3) List<@IntRange(min = -10, max = 380) Integer> excludeOffsets,
            @ForAll @Size(max = 2) List<@IntRange(min = 0, max = 400) Integer> excludePicks) {
        LocalDate day = tc.date();
        int maxPeriods = interval == Interval.MONTHLY ? 11 / repeatEvery : 8;
        int steps = (periodsBefore % (maxPeriods + 1)) * repeatEvery;
        LocalDate anchor;
        switch (interval) {
            case DAILY:
                anchor = day.minusDays(steps);
                break;
            case WEEKLY:
                anchor = day.minusWeeks(steps);
                break;
            default: {
                // Same day of month `steps` months earlier: same week of the month, hence the same
                // ordinal (a day 29-31 missing in that month: anchor on the transition day itself).
                LocalDate month = day.minusMonths(steps).withDayOfMonth(1);
                anchor = day.getDayOfMonth() <= month.lengthOfMonth()
                        ? month.withDayOfMonth(day.getDayOfMonth()) : day;
                break;
            }
        }
        Statistics.label("transition").collect(tc.kind());
        Statistics.label("anchored on the transition day").collect(anchor.equals(day));
        checkAgainstIcal4j(new Recurrence(interval, repeatEvery, day.getDayOfWeek()), tc.wallTime(), windowRaw,
                ZoneId.of(tc.zone()), anchor, startDateOffset, excludeOffsets, excludePicks);
    }

    private static void checkAgainstIcal4j(Recurrence recurrence, LocalTime start, Integer windowRaw, ZoneId zone,
            LocalDate anchor, Integer startDateOffset, List<Integer> excludeOffsets, List<Integer> excludePicks) {
        Interval interval = recurrence.interval();
        int startMinute = start.toSecondOfDay() / 60;
        LocalTime end = null;
        if (windowRaw != null && startMinute < 1439) {
            int endMinute = startMinute + 1 + windowRaw % (1439 - startMinute);
            end = LocalTime.of(endMinute / 60, endMinute % 60);
        }
        LocalDate startDate = startDateOffset == null ? null : anchor.plusDays(startDateOffset);

        Instant from = resolve(anchor, LocalTime.MIDNIGHT, zone);
        Instant to = resolve(anchor.plusYears(1), LocalTime.MIDNIGHT, zone);

        // Exclude dates: some anywhere near the range, some picked among the rule's own dates so they bite.
        List<LocalDate> ruleDates = ical4jDates(recurrence, anchor, start, zone, anchor.plusYears(1).plusDays(2));
        Set<LocalDate> excludes = new HashSet<>();
        excludeOffsets.forEach(o -> excludes.add(anchor.plusDays(o)));
        if (!ruleDates.isEmpty()) {
            excludePicks.forEach(i -> excludes.add(ruleDates.get(i % ruleDates.size())));
        }

        Slot.Builder b = Slot.builder("s1")
                .recurrence(recurrence)
                .zone(zone)
                .anchorDate(anchor)
                .startDate(startDate)
                .excludeDates(excludes);
        Slot slot = (end == null ? b.at(start) : b.window(start, end)).build();

        // Oracle: ical4j's dates, minus startDate and excludeDates, with SPEC §2 instants.
        List<LocalDate> expectedDates = new ArrayList<>();
        List<Instant> expectedStarts = new ArrayList<>();
        for (LocalDate d : ruleDates) {
            if ((startDate != null && d.isBefore(startDate)) || excludes.contains(d)) {
                continue;
            }
            Instant s = resolve(d, start, zone);
            if (!s.isBefore(from) && s.isBefore(to)) {
                expectedDates.add(d);
                expectedStarts.add(s);
            }
        }

        List<Occurrence> actual = OccurrenceSchedule.of(slot).between(from, to);

        Statistics.label("interval").collect(interval);
        Statistics.label("start in a gap on some occurrence")
                .collect(expectedDates.stream().anyMatch(d -> inGap(d, start, zone)));
        Statistics.label("start in an overlap on some occurrence")
                .collect(expectedDates.stream().anyMatch(d -> inOverlap(d, start, zone)));
        Statistics.label("monthly ordinal").collect(
                interval == Interval.MONTHLY ? String.valueOf(ordinal(anchor)) : "-");

        assertThat(actual).extracting(Occurrence::date)
                .as("local dates of %s", slot)
                .containsExactlyElementsOf(expectedDates);
        assertThat(actual).extracting(Occurrence::start)
                .as("start instants of %s", slot)
                .containsExactlyElementsOf(expectedStarts);
        for (Occurrence o : actual) {
            assertThat(o.slotId()).isEqualTo("s1");
            if (end == null) {
                assertThat(o.end()).as("point slot end").isEqualTo(o.start());
            } else {
                Instant e = resolve(o.date(), end, zone);
                if (e.isAfter(o.start())) {
                    assertThat(o.end()).as("end of %s on %s", slot, o.date()).isEqualTo(e);
                } else {
                    // A gap pushed the start past the end's wall time; SPEC §2 is silent, only a
                    // non-empty window is required.
                    assertThat(o.end()).isAfter(o.start());
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Fixed cases

    @Example
    void monthlySecondTuesdayAnchoredOnTheSecondTuesday() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.monthly(1, DayOfWeek.TUESDAY))
                .at(LocalTime.of(9, 0))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 1, 13))
                .build();
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12));
        assertThat(OccurrenceSchedule.of(slot).monthlyOrdinal()).isEqualTo(2);
        assertThat(firstDates(slot, 5)).containsExactlyElementsOf(expected);
        assertThat(ical4jDates(slot.recurrence(), slot.anchorDate(), slot.startTime(), slot.zone(),
                LocalDate.of(2026, 5, 31))).containsExactlyElementsOf(expected);
        // 09:00 CEST on 2026-04-14 = 07:00Z; 09:00 CET on 2026-02-10 = 08:00Z.
        List<Occurrence> five = firstOccurrences(slot, 5);
        assertThat(five.get(1).start()).isEqualTo(Instant.parse("2026-02-10T08:00:00Z"));
        assertThat(five.get(3).start()).isEqualTo(Instant.parse("2026-04-14T07:00:00Z"));
    }

    @Example
    void monthlyFifthFridayBecomesTheLastFriday() {
        // 2026-01-30 is the 5th Friday of January -> ordinal -1 (the last Friday).
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.monthly(1, DayOfWeek.FRIDAY))
                .at(LocalTime.of(9, 0))
                .zone("Europe/Berlin")
                .anchorDate(LocalDate.of(2026, 1, 30))
                .build();
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 26));
        assertThat(OccurrenceSchedule.of(slot).monthlyOrdinal()).isEqualTo(-1);
        assertThat(firstDates(slot, 6)).containsExactlyElementsOf(expected);
        assertThat(ical4jDates(slot.recurrence(), slot.anchorDate(), slot.startTime(), slot.zone(),
                LocalDate.of(2026, 6, 30))).containsExactlyElementsOf(expected);
    }

    @Example
    void ical4jSeededOnTheThirtiethSkipsFebruaryWhichIsWhyTheOracleSeedsOnTheFirst() {
        // Documents the ical4j 4.0.0-rc5 deviation (issue #757) the oracle works around.
        ZonedDateTime seed = ZonedDateTime.of(LocalDateTime.of(2026, 1, 30, 9, 0), ZoneId.of("Europe/Berlin"));
        Recur<ZonedDateTime> recur = new Recur<>("FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR");
        List<LocalDate> raw = recur.getDates(seed, seed, seed.plusMonths(2)).stream()
                .map(ZonedDateTime::toLocalDate).toList();
        assertThat(raw).doesNotContain(LocalDate.of(2026, 2, 27));
    }

    @Example
    void weeklyEveryTwoWeeksAnchoredOnAWednesdayForMondaysStartsTwelveDaysLater() {
        Slot slot = Slot.builder("s1")
                .recurrence(Recurrence.weekly(2, DayOfWeek.MONDAY))
                .at(LocalTime.of(9, 0))
                .zone("America/New_York")
                .anchorDate(LocalDate.of(2026, 3, 4)) // a Wednesday
                .build();
        // The anchor's week (Mon 2 March) is week 0, so its Monday is before the anchor; next is week 2.
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 13));
        assertThat(firstDates(slot, 3)).containsExactlyElementsOf(expected);
        assertThat(ical4jDates(slot.recurrence(), slot.anchorDate(), slot.startTime(), slot.zone(),
                LocalDate.of(2026, 4, 20))).containsExactlyElementsOf(expected);
        // 09:00 EDT (-04:00) on 2026-03-16 = 13:00Z.
        assertThat(firstOccurrences(slot, 1).get(0).start()).isEqualTo(Instant.parse("2026-03-16T13:00:00Z"));
    }

    @Example
    void resolverFollowsSpecRuleInGapAndOverlap() {
        // The oracle's own wall-time rule, checked against hand-computed instants.
        assertThat(resolve(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(resolve(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(resolve(LocalDate.of(2026, 10, 4), LocalTime.of(2, 15), ZoneId.of("Australia/Lord_Howe")))
                .isEqualTo(Instant.parse("2026-10-03T15:45:00Z"));
        assertThat(resolve(LocalDate.of(2026, 4, 5), LocalTime.of(1, 45), ZoneId.of("Australia/Lord_Howe")))
                .isEqualTo(Instant.parse("2026-04-04T14:45:00Z")); // 01:45 +11:00, the earlier of two
        assertThat(resolve(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), ZoneId.of("America/St_Johns")))
                .isEqualTo(Instant.parse("2026-03-08T06:00:00Z")); // 03:30 -02:30
        assertThat(resolve(LocalDate.of(2026, 6, 1), LocalTime.of(9, 0), ZoneId.of("Asia/Kolkata")))
                .isEqualTo(Instant.parse("2026-06-01T03:30:00Z"));
    }

    private static List<Occurrence> firstOccurrences(Slot slot, int count) {
        List<Occurrence> out = new ArrayList<>();
        Instant t = resolve(slot.anchorDate(), LocalTime.MIDNIGHT, slot.zone()).minusNanos(1);
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        while (out.size() < count) {
            Occurrence o = schedule.nextAfter(t).orElseThrow();
            out.add(o);
            t = o.start();
        }
        return out;
    }

    private static List<LocalDate> firstDates(Slot slot, int count) {
        return firstOccurrences(slot, count).stream().map(Occurrence::date).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // The oracle

    /** The RRULE of SPEC §2 for a recurrence anchored on {@code anchor}. */
    static String rrule(Recurrence r, LocalDate anchor) {
        String day = r.weekDay().name().substring(0, 2).toUpperCase(Locale.ROOT);
        switch (r.interval()) {
            case DAILY:
                return "FREQ=DAILY;INTERVAL=" + r.repeatEvery();
            case WEEKLY:
                return "FREQ=WEEKLY;INTERVAL=" + r.repeatEvery() + ";BYDAY=" + day + ";WKST=MO";
            case MONTHLY:
                return "FREQ=MONTHLY;INTERVAL=" + r.repeatEvery() + ";BYDAY=" + ordinal(anchor) + day;
            default:
                throw new IllegalStateException();
        }
    }

    /** k = (dayOfMonth - 1) / 7 + 1, and a 5th becomes -1 (the last). */
    static int ordinal(LocalDate anchor) {
        int k = (anchor.getDayOfMonth() - 1) / 7 + 1;
        return k == 5 ? -1 : k;
    }

    /** Whether a date matches the rule's BYDAY part (the interval is ical4j's business). */
    static boolean matchesByDay(Recurrence r, int ordinal, LocalDate d) {
        switch (r.interval()) {
            case DAILY:
                return true;
            case WEEKLY:
                return d.getDayOfWeek() == r.weekDay();
            case MONTHLY:
                if (d.getDayOfWeek() != r.weekDay()) {
                    return false;
                }
                return ordinal > 0
                        ? (d.getDayOfMonth() - 1) / 7 + 1 == ordinal
                        : d.getDayOfMonth() + 7 > d.lengthOfMonth();
            default:
                throw new IllegalStateException();
        }
    }

    /**
     * The recurrence's local dates from {@code anchor} up to {@code until} (exclusive) according to
     * ical4j, before startDate and excludeDates are applied.
     */
    static List<LocalDate> ical4jDates(Recurrence r, LocalDate anchor, LocalTime time, ZoneId zone,
            LocalDate until) {
        String rule = rrule(r, anchor);
        // Monthly: seed on the 1st of the anchor month (ical4j issue #757), see the class comment.
        LocalDate seedDate = r.interval() == Interval.MONTHLY ? anchor.withDayOfMonth(1) : anchor;
        ZonedDateTime seed = seedDate.atTime(time).atZone(zone);
        ZonedDateTime periodEnd = until.atStartOfDay().atZone(zone);
        Recur<ZonedDateTime> recur = new Recur<>(rule);
        List<ZonedDateTime> raw = recur.getDates(seed, seed, periodEnd);

        int ordinal = ordinal(anchor);
        List<LocalDate> out = new ArrayList<>();
        LocalDate previous = null;
        for (ZonedDateTime z : raw) {
            LocalDate d = z.toLocalDate();
            if (!matchesByDay(r, ordinal, d)) {
                // Only the seed itself may fail to match the rule.
                assertThat(d).as("non-matching ical4j date for %s seeded %s", rule, seed).isEqualTo(seedDate);
                continue;
            }
            if (d.isBefore(anchor) || !d.isBefore(until)) {
                continue;
            }
            assertThat(previous == null || d.isAfter(previous)).as("ical4j dates ascending and unique").isTrue();
            previous = d;
            // Cross-check the independent resolver against ical4j where ical4j kept the wall time.
            if (z.toLocalTime().equals(time) && !inGap(d, time, zone)) {
                assertThat(resolve(d, time, zone)).as("ical4j instant of %s on %s", rule, d).isEqualTo(z.toInstant());
            }
            out.add(d);
        }
        return out;
    }

    /**
     * SPEC §2 wall-time rule from the zone's transitions: in a gap the time moves forward by the gap
     * length (and takes the offset after it); in an overlap the earlier offset (the one before the
     * transition) is used; otherwise the single valid offset.
     */
    static Instant resolve(LocalDate date, LocalTime time, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDateTime ldt = date.atTime(time);
        ZoneOffsetTransition t = rules.getTransition(ldt);
        if (t == null) {
            ZoneOffset offset = rules.getOffset(ldt);
            assertThat(rules.isValidOffset(ldt, offset)).isTrue();
            return ldt.toInstant(offset);
        }
        if (t.isGap()) {
            LocalDateTime moved = ldt.plus(t.getDuration());
            assertThat(rules.isValidOffset(moved, t.getOffsetAfter())).isTrue();
            return moved.toInstant(t.getOffsetAfter());
        }
        assertThat(rules.isValidOffset(ldt, t.getOffsetBefore())).isTrue();
        assertThat(rules.isValidOffset(ldt, t.getOffsetAfter())).isTrue();
        return ldt.toInstant(t.getOffsetBefore());
    }

    static boolean inGap(LocalDate d, LocalTime time, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(d.atTime(time));
        return t != null && t.isGap();
    }

    static boolean inOverlap(LocalDate d, LocalTime time, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(d.atTime(time));
        return t != null && t.isOverlap();
    }

    // ---------------------------------------------------------------------------------------------
    // Generators

    /** A wall time on the local date of a zone transition, in its gap or overlap or one minute off. */
    record TransitionCase(String zone, LocalDate date, LocalTime wallTime, String kind) {
    }

    /** Every offset transition of the zones from 2025 to mid-2028. */
    private static final List<Tuple.Tuple2<String, ZoneOffsetTransition>> TRANSITIONS = transitions();

    private static List<Tuple.Tuple2<String, ZoneOffsetTransition>> transitions() {
        List<Tuple.Tuple2<String, ZoneOffsetTransition>> out = new ArrayList<>();
        Instant last = Instant.parse("2028-06-01T00:00:00Z");
        for (String z : ZONES) {
            ZoneRules rules = ZoneId.of(z).getRules();
            ZoneOffsetTransition t = rules.nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
            while (t != null && t.getInstant().isBefore(last)) {
                out.add(Tuple.of(z, t));
                t = rules.nextTransition(t.getInstant());
            }
        }
        return out;
    }

    @Provide
    Arbitrary<TransitionCase> transitionWallTimes() {
        return Arbitraries.of(TRANSITIONS).flatMap(zt -> {
            ZoneOffsetTransition t = zt.get2();
            // Gap: [before, after) does not exist; overlap: [after, before) happens twice.
            LocalDateTime lo = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
            int length = (int) t.getDuration().abs().toMinutes();
            return Arbitraries.integers().between(-1, length).map(off -> {
                LocalDateTime wall = lo.plusMinutes(off);
                String kind = off < 0 || off == length ? "edge" : t.isGap() ? "gap" : "overlap";
                return new TransitionCase(zt.get1(), wall.toLocalDate(), wall.toLocalTime(), kind);
            });
        });
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<DayOfWeek> weekDays() {
        // Sundays are overrepresented: most DST transitions of these zones happen on a Sunday.
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(DayOfWeek.class)),
                Tuple.of(1, Arbitraries.just(DayOfWeek.SUNDAY)));
    }

    @Provide
    Arbitrary<Integer> startMinutes() {
        // Any minute of the day, with times in or at the edges of the zones' gaps and overlaps favoured.
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 1439)),
                Tuple.of(1, Arbitraries.of(0, 60, 90, 105, 119, 120, 135, 149, 150, 165, 179, 180, 1439)));
    }

    @Provide
    Arbitrary<Integer> windowLengths() {
        // null = point slot; otherwise folded into the minutes left in the day.
        return Arbitraries.integers().between(0, 1439).injectNull(0.5);
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        LocalDate first = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2027, 12, 31);
        Arbitrary<LocalDate> any = Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay())
                .map(LocalDate::ofEpochDay);
        // Days 29-31 give 5th weekdays, i.e. the "last" ordinal for monthly slots.
        Arbitrary<LocalDate> lateInMonth = Arbitraries.integers().between(0, 35)
                .flatMap(m -> Arbitraries.integers().between(29, 31).map(day -> {
                    LocalDate month = first.plusMonths(m);
                    return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
                }));
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, lateInMonth));
    }

    @Provide
    Arbitrary<Integer> startDateOffsets() {
        return Arbitraries.integers().between(0, 200).injectNull(0.6);
    }
}
