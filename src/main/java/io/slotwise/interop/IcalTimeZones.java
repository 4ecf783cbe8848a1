package io.slotwise.interop;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * VTIMEZONE components written from the JDK's own time-zone rules, the ones the engine computes
 * occurrences with, so a calendar app expands an exported slot to the same instants. (ical4j ships its
 * own, older definitions and would fetch updates from the network; neither is wanted offline.)
 *
 * <p>A definition starts a little before the first time that uses it: the offset then, each historic
 * change after it, and the zone's current yearly rules as RRULEs, each checked against the JDK for 400
 * years; a rule no RRULE form reproduces is written as dates for a century instead.
 */
public final class IcalTimeZones {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);
    private static final int CHECKED_YEARS = 400;
    private static final int FALLBACK_YEARS = 100;

    private IcalTimeZones() {
    }

    /** The zone's definition for local times from {@code from} on. */
    public static VTimeZone of(ZoneId zone, LocalDateTime from) {
        ZoneRules rules = zone.getRules();
        Instant start = from.minusDays(2).atZone(zone).toInstant();
        VTimeZone vtz = new VTimeZone();
        vtz.add(new net.fortuna.ical4j.model.property.TzId(zone.getId()));

        ZoneOffset initial = rules.getOffset(start);
        vtz.add(observance(rules.isDaylightSavings(start), start, zone, LocalDateTime.ofInstant(start, initial), initial,
                initial, List.of(), null));

        // Historic changes after the start, grouped by (kind, from, to) into one observance with RDATEs.
        Map<List<Object>, List<ZoneOffsetTransition>> historic = new LinkedHashMap<>();
        Instant lastHistoric = start;
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            if (t.getInstant().isAfter(start)) {
                historic.computeIfAbsent(List.of(rules.isDaylightSavings(t.getInstant()), t.getOffsetBefore(),
                        t.getOffsetAfter()), k -> new ArrayList<>()).add(t);
                lastHistoric = t.getInstant();
            }
        }
        for (List<ZoneOffsetTransition> group : historic.values()) {
            ZoneOffsetTransition first = group.get(0);
            List<LocalDateTime> more = group.subList(1, group.size()).stream()
                    .map(ZoneOffsetTransition::getDateTimeBefore).toList();
            vtz.add(observance(rules.isDaylightSavings(first.getInstant()), first.getInstant(), zone,
                    first.getDateTimeBefore(), first.getOffsetBefore(), first.getOffsetAfter(), more, null));
        }

        // The yearly rules, from the first change each makes after the historic list.
        Map<ZoneOffsetTransitionRule, Integer> firstYear = new HashMap<>();
        ZoneOffsetTransition t = rules.nextTransition(lastHistoric);
        for (int i = 0; t != null && i < 4 * rules.getTransitionRules().size() + 4
                && firstYear.size() < rules.getTransitionRules().size(); i++) {
            for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
                int year = t.getDateTimeBefore().getYear();
                for (int y = year - 1; y <= year + 1; y++) {
                    if (r.createTransition(y).equals(t)) {
                        firstYear.putIfAbsent(r, y);
                    }
                }
            }
            t = rules.nextTransition(t.getInstant());
        }
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            Integer y0 = firstYear.get(r);
            if (y0 == null) {
                continue;
            }
            ZoneOffsetTransition onset = r.createTransition(y0);
            String rrule = yearly(r, y0);
            List<LocalDateTime> dates = new ArrayList<>();
            if (rrule == null) {
                for (int y = y0 + 1; y < y0 + FALLBACK_YEARS; y++) {
                    dates.add(r.createTransition(y).getDateTimeBefore());
                }
            }
            vtz.add(observance(rules.isDaylightSavings(onset.getInstant()), onset.getInstant(), zone,
                    onset.getDateTimeBefore(), r.getOffsetBefore(), r.getOffsetAfter(), dates, rrule));
        }
        return vtz;
    }

    private static Observance observance(boolean daylight, Instant at, ZoneId zone, LocalDateTime onset,
                                         ZoneOffset from, ZoneOffset to, List<LocalDateTime> more, String rrule) {
        Observance o = daylight ? new Daylight() : new Standard();
        o.add(localTime(Property.DTSTART, null, onset));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        o.add(new TzName(SHORT_NAME.format(at.atZone(zone))));
        if (rrule != null) {
            o.add(new RRule<>(rrule));
        }
        for (LocalDateTime t : more) {
            o.add(localTime(Property.RDATE, null, t));
        }
        return o;
    }

    /**
     * A property holding one local date-time, written as it is (one property per value: RFC 5545 allows
     * EXDATE and RDATE to repeat). ical4j's own date properties would resolve a TZID through its global
     * registry (its bundled zone data, and network updates) just to print the time.
     */
    static Property localTime(String name, ZoneId zone, LocalDateTime time) {
        ParameterList params = zone == null ? new ParameterList() : new ParameterList(List.of(new TzId(zone.getId())));
        return new XProperty(name, params, LOCAL.format(time));
    }

    // ---- a yearly rule as an RRULE ----

    /**
     * The RRULE for a rule's changes, in the local time before each (as VTIMEZONE wants), or null when
     * none of the simple forms gives the JDK's dates for {@value #CHECKED_YEARS} years.
     */
    static String yearly(ZoneOffsetTransitionRule r, int y0) {
        LocalDateTime first = r.createTransition(y0).getDateTimeBefore();
        int month = first.getMonthValue();
        DayOfWeek dow = first.getDayOfWeek();
        String day = dow.name().substring(0, 2);
        int dom = first.getDayOfMonth();
        List<Form> forms = new ArrayList<>();
        if (dom <= 28) {
            forms.add(new Form(";BYDAY=" + ((dom - 1) / 7 + 1) + day, d -> nth(d, dow, (dom - 1) / 7 + 1)));
        }
        forms.add(new Form(";BYDAY=-1" + day, d -> d.with(TemporalAdjusters.lastInMonth(dow))));
        int lowest = dom;
        for (int y = y0; y < y0 + 28; y++) {
            LocalDateTime w = r.createTransition(y).getDateTimeBefore();
            if (w.getMonthValue() == month) {
                lowest = Math.min(lowest, w.getDayOfMonth());
            }
        }
        if (lowest + 6 <= java.time.Month.of(month).minLength()) {
            int a = lowest;
            StringBuilder days = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                days.append(i == 0 ? "" : ",").append(a + i);
            }
            forms.add(new Form(";BYDAY=" + day + ";BYMONTHDAY=" + days,
                    d -> d.withDayOfMonth(a).with(TemporalAdjusters.nextOrSame(dow))));
        }
        forms.add(new Form(";BYMONTHDAY=" + dom, d -> dom <= d.lengthOfMonth() ? d.withDayOfMonth(dom) : null));
        for (Form f : forms) {
            if (reproduces(f, r, y0, month, first)) {
                return "FREQ=YEARLY;BYMONTH=" + month + f.rrule();
            }
        }
        return null;
    }

    private record Form(String rrule, java.util.function.UnaryOperator<LocalDate> dayIn) {
    }

    private static boolean reproduces(Form f, ZoneOffsetTransitionRule r, int y0, int month, LocalDateTime first) {
        for (int y = y0; y < y0 + CHECKED_YEARS; y++) {
            LocalDateTime w = r.createTransition(y).getDateTimeBefore();
            LocalDate d = f.dayIn().apply(LocalDate.of(y, month, 1));
            if (d == null || !Objects.equals(d.atTime(first.toLocalTime()), w)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate nth(LocalDate monthStart, DayOfWeek dow, int n) {
        return monthStart.with(TemporalAdjusters.firstInMonth(dow)).plusWeeks(n - 1L);
    }
}
